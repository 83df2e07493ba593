using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Study;

/// <summary>A count on one study day.</summary>
public sealed record DayFigure(DateOnly Day, int Count);

/// <summary>The mean knowledge-check score (percent) on one study day and how many answers it averages.</summary>
public sealed record DayScore(DateOnly Day, double MeanPercent, int Answers);

/// <summary>
/// The figures of the History page (seed 001), for the <see cref="Days"/> study days up to <see cref="Today"/>:
/// <see cref="Completions"/> = items graded for the first time ever that day (a topic completed, a card learned);
/// <see cref="Reviews"/> = distinct items graded that day (only the first grade of an item a day counts);
/// <see cref="CheckScores"/> = mean percent of log entries with source "check";
/// <see cref="Forecast"/> = reviews due on each of the next <c>forecastDays</c> days from the schedule
/// (today includes everything overdue). Undone grades are left out.
/// </summary>
public sealed record HistoryReport(
    DateOnly Today,
    int Days,
    IReadOnlyList<DayFigure> Completions,
    IReadOnlyList<DayFigure> Reviews,
    IReadOnlyList<DayScore> CheckScores,
    IReadOnlyList<DayFigure> Forecast)
{
    public const string CheckSource = "check";

    /// <summary>Computes the report. <paramref name="visible"/> says which item ids count (track groups); null counts all.</summary>
    public static HistoryReport Build(IEnumerable<ReviewLogEntry> log, IReadOnlyDictionary<string, ReviewState> states,
        DateOnly today, int days, int forecastDays, Func<string, bool>? visible = null)
    {
        var from = today.AddDays(1 - days);
        var live = log.Where(e => e.UndoneAt is null && (visible is null || visible(e.ItemId))).OrderBy(e => e.Id).ToList();

        var firstDay = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var e in live) firstDay.TryAdd(e.ItemId, e.StudyDay);
        var completions = firstDay.Values.Where(d => d >= from && d <= today)
            .GroupBy(d => d).OrderBy(g => g.Key).Select(g => new DayFigure(g.Key, g.Count())).ToList();

        var reviews = live.Where(e => e.StudyDay >= from && e.StudyDay <= today)
            .Select(e => (e.ItemId, e.StudyDay)).Distinct()
            .GroupBy(p => p.StudyDay).OrderBy(g => g.Key).Select(g => new DayFigure(g.Key, g.Count())).ToList();

        var checks = live.Where(e => e.Source == CheckSource && e.Percent is not null && e.StudyDay >= from && e.StudyDay <= today)
            .GroupBy(e => e.StudyDay).OrderBy(g => g.Key)
            .Select(g => new DayScore(g.Key, Math.Round(g.Average(e => e.Percent!.Value), 1), g.Count())).ToList();

        var forecast = new int[Math.Max(0, forecastDays)];
        foreach (var (id, state) in states)
        {
            if (state.DueDate is not { } due || (visible is not null && !visible(id))) continue;
            var offset = Math.Max(0, due.DayNumber - today.DayNumber);
            if (offset < forecast.Length) forecast[offset]++;
        }

        return new HistoryReport(today, days, completions, reviews, checks,
            [.. forecast.Select((count, i) => new DayFigure(today.AddDays(i), count))]);
    }
}
