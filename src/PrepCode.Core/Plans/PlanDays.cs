using System.Globalization;
using System.Text.RegularExpressions;

namespace PrepCode.Core.Plans;

/// <summary>One day of a plan. <see cref="Number"/> is N of its "Day N" label (null for a dated heading without one);
/// <see cref="Date"/> the first date written on its labels; <see cref="Lines"/> its label lines and the lines of their
/// blocks, in order (0-based).</summary>
public sealed record PlanDay(int? Number, DateOnly? Date, IReadOnlyList<int> Lines)
{
    public int FirstLine => Lines[0];
    public int LastLine => Lines[^1];
}

/// <summary>
/// The day sections of a plan note, as the seeds write them. A day label is a heading or a line opening with bold text
/// that names "Day N" (also "Week 4 Day 7"): <c>**Day 5 (Sat, Nov 22 - 30 min)** ✅</c>, <c>### Day 1 (6 Aug): …</c>;
/// or a heading opening with a date: <c>## 2026-11-22</c>, <c>### Mon, Nov 24</c>. A label's block runs to the next
/// label, a thematic break (<c>---</c>), or a heading (of the label's level or higher when the label is a heading,
/// any heading when it is bold text). Consecutive labels of one day (<c>**Day 2 - Speed Practice**</c> …
/// <c>**Day 2 Results Summary** (2025-10-29)</c>) are one day. Dates are read as yyyy-MM-dd, "Nov 22" or "22 Nov"
/// (month names in English); a date without a year takes the year that puts it nearest to today.
/// </summary>
public static partial class PlanDays
{
    public static IReadOnlyList<PlanDay> Find(TextLines lines, DateOnly today)
    {
        var days = new List<PlanDay>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Label(lines[i], today) is not { } label) continue;
            var block = new List<int> { i };
            var j = i + 1;
            for (; j < lines.Count && !EndsBlock(lines[j], label.HeadingLevel, today); j++) block.Add(j);
            if (days.Count > 0 && days[^1].LastLine == i - 1 && SameDay(days[^1], label))
                days[^1] = days[^1] with { Date = days[^1].Date ?? label.Date, Lines = [.. days[^1].Lines, .. block] };
            else days.Add(new PlanDay(label.Number, label.Date, block));
            i = j - 1;
        }
        return days;
    }

    /// <summary>
    /// Today's day: the day dated today; else the first day that still has an unchecked task and is not dated after
    /// today (the day the user is on); else null.
    /// </summary>
    public static PlanDay? Current(TextLines lines, IReadOnlyList<PlanDay> days, DateOnly today) =>
        days.FirstOrDefault(d => d.Date == today)
        ?? days.FirstOrDefault(d => !(d.Date > today) && d.Lines.Any(l => UncheckedTask().IsMatch(lines[l])));

    /// <summary>An unchecked task line: <c>- [ ] …</c> (also <c>*</c>, <c>+</c> and numbered items).</summary>
    public static bool IsUncheckedTask(string line) => UncheckedTask().IsMatch(line);

    private sealed record DayLabel(int? Number, DateOnly? Date, int HeadingLevel);

    private static bool SameDay(PlanDay day, DayLabel label) =>
        label.Number is { } n ? day.Number == n : day.Number is null && label.Date is { } d && day.Date == d;

    private static DayLabel? Label(string line, DateOnly today)
    {
        var heading = Heading().Match(line);
        var level = heading.Success ? heading.Groups[1].Length : 0;
        var m = DayNumber().Match(line);
        if (m.Success && (level > 0 || line.TrimStart().StartsWith("**", StringComparison.Ordinal)))
            return new DayLabel(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), DateIn(line, today), level);
        if (level > 0 && LeadingDate().IsMatch(line[heading.Length..]) && DateIn(line, today) is { } date)
            return new DayLabel(null, date, level);
        return null;
    }

    private static bool EndsBlock(string line, int labelLevel, DateOnly today)
    {
        if (ThematicBreak().IsMatch(line) || Label(line, today) is not null) return true;
        var h = Heading().Match(line);
        return h.Success && (labelLevel == 0 || h.Groups[1].Length <= labelLevel);
    }

    /// <summary>The first date written on a line, or null.</summary>
    public static DateOnly? DateIn(string line, DateOnly today)
    {
        var iso = IsoDate().Match(line);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        var md = MonthDay().Match(line);
        var dm = DayMonth().Match(line);
        var (month, day) = md.Success && (!dm.Success || md.Index <= dm.Index) ? (md.Groups["m"].Value, md.Groups["d"].Value)
            : dm.Success ? (dm.Groups["m"].Value, dm.Groups["d"].Value) : ("", "");
        if (month.Length == 0) return null;
        var monthNumber = Array.FindIndex(Months, name => month.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;
        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        DateOnly? best = null;
        foreach (var year in new[] { today.Year - 1, today.Year, today.Year + 1 })
        {
            if (dayNumber > DateTime.DaysInMonth(year, monthNumber)) continue;
            var candidate = new DateOnly(year, monthNumber, dayNumber);
            if (best is null || Math.Abs(candidate.DayNumber - today.DayNumber) < Math.Abs(best.Value.DayNumber - today.DayNumber)) best = candidate;
        }
        return best;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string MonthName = @"(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|\*\*)[^\w]*(?:Week\s+\d+\W+)?Day\s+(\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"^[^\w]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+" + MonthName + @"|" + MonthName + @"\s+\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<d>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+" + MonthName + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^\s{0,3}(?:-\s*){3,}$|^\s{0,3}(?:\*\s*){3,}$|^\s{0,3}(?:_\s*){3,}$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\[ \]\s")]
    private static partial Regex UncheckedTask();
}
