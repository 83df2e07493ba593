using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Plans;

public sealed record DomainReadiness(string Domain, double? Weight, int Items, int Learned, double Percent);

public sealed record ReadinessReport(double OverallPercent, IReadOnlyList<DomainReadiness> Domains);

/// <summary>
/// Interview readiness from the schedule and recent scores.
/// <list type="bullet">
/// <item>Item score (0-100): never learned (no schedule) → 0; else the last grade's percent when it had one, else its
/// quality × 20 (60 when the log has no grade); multiplied by a decay when overdue:
/// max(0.5, 1 − daysOverdue / (2 × max(1, interval))), so an item overdue by its whole interval counts half.</item>
/// <item>Domain readiness: the mean item score over the domain's items (items without a domain: "Unassigned").</item>
/// <item>Overall: Σ weight × readiness / Σ weight over domains that have items and a weight; when no such domain
/// has a weight, the plain mean of the domains. Percents are rounded to one decimal.</item>
/// </list>
/// </summary>
public static class ReadinessCalculator
{
    public const string Unassigned = "Unassigned";

    public static ReadinessReport Compute(IEnumerable<StudyItem> items, IReadOnlyDictionary<string, ReviewState> states,
        IReadOnlyDictionary<string, LastGrade> lastGrades, DateOnly today, DomainWeights weights)
    {
        var domains = new List<DomainReadiness>();
        foreach (var group in items.GroupBy(i => string.IsNullOrWhiteSpace(i.Domain) ? Unassigned : i.Domain!, StringComparer.OrdinalIgnoreCase))
        {
            var scores = group.Select(i => ItemScore(states.GetValueOrDefault(i.Id), lastGrades.GetValueOrDefault(i.Id), today)).ToList();
            var learned = group.Count(i => states.GetValueOrDefault(i.Id)?.DueDate is not null);
            domains.Add(new DomainReadiness(group.Key, weights.Of(group.Key), scores.Count, learned, Round(scores.Average())));
        }
        domains.Sort((a, b) => (b.Weight ?? 0).CompareTo(a.Weight ?? 0) != 0 ? (b.Weight ?? 0).CompareTo(a.Weight ?? 0) : string.CompareOrdinal(a.Domain, b.Domain));
        var weighted = domains.Where(d => d.Weight is > 0).ToList();
        var overall = weighted.Count > 0
            ? weighted.Sum(d => d.Weight!.Value * d.Percent) / weighted.Sum(d => d.Weight!.Value)
            : domains.Count > 0 ? domains.Average(d => d.Percent) : 0;
        return new ReadinessReport(Round(overall), domains);
    }

    public static double ItemScore(ReviewState? state, LastGrade? last, DateOnly today)
    {
        if (state?.DueDate is not { } due) return 0;
        var score = last is null ? 60 : last.Percent ?? last.Quality * 20.0;
        var overdue = today.DayNumber - due.DayNumber;
        if (overdue > 0) score *= Math.Max(0.5, 1 - overdue / (2.0 * Math.Max(1, state.IntervalDays)));
        return score;
    }

    private static double Round(double v) => Math.Round(v, 1, MidpointRounding.AwayFromZero);
}
