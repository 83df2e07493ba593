using System.Globalization;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Study;

namespace PrepCode.Cli.Commands;

/// <summary><c>prepcode due [folder]</c>: overdue, today, upcoming and new items (at most --limit of each, --new new).</summary>
internal static class DueCommand
{
    public static int Run(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var report = s.Study.Due(newLimit: o.GetInt("new", 10), track: o.Get("track"), limit: o.GetInt("limit", 100));
        w.WriteLine($"PrepCode · {s.Root} · today {report.Today:ddd d MMM yyyy}");
        w.WriteLine($"{report.OverdueTotal} overdue · {report.DueTodayTotal} due today · {report.UpcomingTotal} upcoming (next {s.Study.Settings.UpcomingDays} days) · {report.NewTotal} new");
        Section(w, Title("Overdue", report.Overdue, report.OverdueTotal), report.Overdue, e => $"{e.DaysOverdue}d late");
        Section(w, Title("Today", report.DueToday, report.DueTodayTotal), report.DueToday, e => e.State.RepeatToday ? "again today" : "due today");
        Section(w, Title("Upcoming", report.Upcoming, report.UpcomingTotal), report.Upcoming, e => e.State.DueDate!.Value.ToString("ddd d MMM", CultureInfo.InvariantCulture));
        Section(w, $"New (first {report.New.Count} of {report.NewTotal})", report.New, _ => "new");
        return 0;
    }

    /// <summary>"Overdue", or "Overdue (first 100 of 3412)" when the list is capped.</summary>
    private static string Title(string name, IReadOnlyList<DueEntry> listed, int total) =>
        listed.Count < total ? $"{name} (first {listed.Count} of {total})" : name;

    private static void Section(TextWriter w, string title, IReadOnlyList<DueEntry> entries, Func<DueEntry, string> when)
    {
        if (entries.Count == 0) return;
        w.WriteLine();
        w.WriteLine($"{title}:");
        foreach (var e in entries)
        {
            var c = CultureInfo.InvariantCulture;
            var ef = e.State.DueDate is null ? ""
                : e.Retrievability is { } r   // under FSRS its interval, recall, stability and difficulty; SM-2's EF means nothing there
                    ? $" · {e.State.IntervalDays}d · R {Math.Round(r * 100).ToString("0", c)} %" + (e.Memory is { } m ? $" · stability {FsrsMemoryText.Stability(m.Stability)} · difficulty {FsrsMemoryText.Difficulty(m.Difficulty)}" : "")
                    : $" · {e.State.IntervalDays}d · EF {e.State.EaseFactor.ToString("0.00", c)}";
            w.WriteLine($"  [{when(e)}] {Clip(e.Item.Title, 70)}  ({e.Item.NotePath}:{e.Item.Range.Start.Line + 1}{ef})");
        }
    }

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
