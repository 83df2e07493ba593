using System.Globalization;
using System.Text.RegularExpressions;

namespace PrepCode.Core.Plans;

/// <summary>
/// Seed 004: "if a threshold isn't met, the next day becomes Remedial Focus" (≥ 80 % to proceed) and "if any section
/// scores &lt; 3, the matching Remedial Pod is inserted". A domain needs remedial work when its check score is below
/// the threshold (default 80 %) or its self-rating is below 3 of 5. The plan gets "- [ ] Remedial: &lt;domain&gt;"
/// at the end of the next day's block: a heading or bold label naming "Day N" with N after the current day.
/// The current day is <see cref="PlanUpdate.CurrentDay"/> or, when not given, the first day block that still has an
/// unchecked task. Without a next day the item goes under a heading containing "Upcoming" (made at the end of the
/// note when there is none). An unchecked "Remedial: &lt;domain&gt;" task anywhere in the note means no edit (one
/// pending remedial task per domain), which also keeps the rule idempotent once ticking tasks moves the current day.
/// </summary>
public static partial class RemedialRule
{
    public const double DefaultThreshold = 80;
    public const int MinimumSelfRating = 3;

    public static bool Needs(double? checkPercent, int? selfRating, double threshold = DefaultThreshold) =>
        checkPercent < threshold || selfRating < MinimumSelfRating;

    public static string TaskText(string domain) => "- [ ] Remedial: " + domain;

    internal static (IReadOnlyList<TextEdit> Edits, string? Said) Edits(TextLines lines, IReadOnlyList<string> domains, int? currentDay)
    {
        if (domains.Count == 0) return ([], null);
        var days = DayBlocks(lines);
        (int Line, int Number) none = (-1, -1);
        var current = currentDay ?? days.FirstOrDefault(d => Block(lines, d).Any(l => UncheckedTask().IsMatch(lines[l])), none).Number;
        var next = current < 0 ? none : days.Where(d => d.Number > current).DefaultIfEmpty(none).First();
        int start = next.Line >= 0 ? next.Line : UpcomingHeading(lines);
        string where = next.Line >= 0 ? $"Day {next.Number}" : "Upcoming";
        var missing = domains.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(d => !Enumerable.Range(0, lines.Count).Any(l => IsRemedial(lines[l], d))).ToList();
        if (missing.Count == 0) return ([], null);
        var items = missing.Select(TaskText).ToList();
        TextEdit edit;
        if (start < 0) edit = lines.InsertAfter(LastNonBlank(lines, 0, lines.Count), ["", "## Upcoming", "", .. items]);
        else
        {
            var block = Block(lines, (start, 0)).ToList();
            var last = LastNonBlank(lines, start, block.Count == 0 ? start + 1 : block[^1] + 1);
            edit = lines.InsertAfter(last, last == start ? ["", .. items] : items);
        }
        return ([edit], $"Remedial ({where}): " + string.Join(", ", missing));
    }

    private static bool IsRemedial(string line, string domain)
    {
        var m = RemedialTask().Match(line);
        return m.Success && string.Equals(m.Groups[1].Value.Trim(), domain.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static List<(int Line, int Number)> DayBlocks(TextLines lines)
    {
        var result = new List<(int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = DayLabel().Match(lines[i]);
            if (m.Success) result.Add((i, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        }
        return result;
    }

    /// <summary>The lines after a block's first line up to the next heading, day label or thematic break.</summary>
    private static IEnumerable<int> Block(TextLines lines, (int Line, int Number) day)
    {
        for (var i = day.Line + 1; i < lines.Count; i++)
        {
            var t = lines[i].TrimStart();
            if (t.StartsWith('#') || DayLabel().IsMatch(lines[i]) || t.StartsWith("---", StringComparison.Ordinal)) yield break;
            yield return i;
        }
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

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|\*\*)[^\w]*Day\s+(\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayLabel();

    [GeneratedRegex(@"^\s*[-*+]\s+\[ \]\s")]
    private static partial Regex UncheckedTask();

    [GeneratedRegex(@"^\s*[-*+]\s+\[ \]\s+Remedial:\s*(.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RemedialTask();

    [GeneratedRegex(@"^#{1,6}\s+.*\bUpcoming\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpcomingPattern();
}
