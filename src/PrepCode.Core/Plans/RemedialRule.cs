using System.Globalization;
using System.Text.RegularExpressions;

namespace PrepCode.Core.Plans;

/// <summary>
/// Seed 004: "if a threshold isn't met, the next day becomes Remedial Focus" (≥ 80 % to proceed) and "if any section
/// scores &lt; 3, the matching Remedial Pod is inserted". A domain needs remedial work when its check score is below
/// the threshold (default 80 %) or its self-rating is below 3 of 5. The plan gets "- [ ] Remedial: &lt;domain&gt;"
/// at the end of the next day's block (see <see cref="PlanDays"/>): the first day numbered after
/// <see cref="PlanUpdate.CurrentDay"/> when that is given, else the day after today's day (<see cref="PlanDays.Current"/>:
/// the day dated today, else the first unfinished day). Without a next day the item goes under a heading containing
/// "Upcoming" (made at the end of the note when there is none). An unchecked "Remedial: &lt;domain&gt;" task anywhere
/// in the note means no edit (one pending remedial task per domain), which also keeps the rule idempotent once
/// ticking tasks moves the current day.
/// </summary>
public static partial class RemedialRule
{
    public const double DefaultThreshold = 80;
    public const int MinimumSelfRating = 3;

    public static bool Needs(double? checkPercent, int? selfRating, double threshold = DefaultThreshold) =>
        checkPercent < threshold || selfRating < MinimumSelfRating;

    public static string TaskText(string domain) => "- [ ] Remedial: " + domain;

    internal static (IReadOnlyList<TextEdit> Edits, string? Said) Edits(TextLines lines, IReadOnlyList<string> domains, int? currentDay, DateOnly today)
    {
        if (domains.Count == 0) return ([], null);
        var days = PlanDays.Find(lines, today);
        var next = currentDay is int n ? days.FirstOrDefault(d => d.Number > n)
            : PlanDays.Current(lines, days, today) is { } current ? days.SkipWhile(d => d != current).Skip(1).FirstOrDefault() : null;
        int start = next?.FirstLine ?? UpcomingHeading(lines);
        string where = next is null ? "Upcoming" : next.Number is { } number ? $"Day {number}" : $"{next.Date:yyyy-MM-dd}";
        var missing = domains.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(d => !Enumerable.Range(0, lines.Count).Any(l => IsRemedial(lines[l], d))).ToList();
        if (missing.Count == 0) return ([], null);
        var items = missing.Select(TaskText).ToList();
        TextEdit edit;
        if (start < 0) edit = lines.InsertAfter(LastNonBlank(lines, 0, lines.Count), ["", "## Upcoming", "", .. items]);
        else
        {
            var end = next?.LastLine + 1 ?? UpcomingEnd(lines, start);
            var last = LastNonBlank(lines, start, end);
            edit = lines.InsertAfter(last, last == start ? ["", .. items] : items);
        }
        return ([edit], $"Remedial ({where}): " + string.Join(", ", missing));
    }

    private static bool IsRemedial(string line, string domain)
    {
        var m = RemedialTask().Match(line);
        return m.Success && string.Equals(m.Groups[1].Value.Trim(), domain.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The end (exclusive) of the "Upcoming" heading's block: the next heading or thematic break.</summary>
    private static int UpcomingEnd(TextLines lines, int heading)
    {
        var i = heading + 1;
        while (i < lines.Count && !lines[i].TrimStart().StartsWith('#') && !lines[i].TrimStart().StartsWith("---", StringComparison.Ordinal)) i++;
        return i;
    }

    private static int UpcomingHeading(TextLines lines)
    {
        for (var i = 0; i < lines.Count; i++) if (UpcomingPattern().IsMatch(lines[i])) return i;
        return -1;
    }

    private static int LastNonBlank(TextLines lines, int from, int endExclusive)
    {
        var last = from;
        for (var i = from; i < endExclusive; i++) if (lines[i].Trim().Length > 0) last = i;
        return last;
    }

    [GeneratedRegex(@"^\s*[-*+]\s+\[ \]\s+Remedial:\s*(.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RemedialTask();

    [GeneratedRegex(@"^#{1,6}\s+.*\bUpcoming\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpcomingPattern();
}
