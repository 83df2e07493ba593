using System.Diagnostics;
using System.Globalization;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Study;

namespace PrepCode.Cli.Commands;

/// <summary>
/// <c>prepcode review [folder]</c>: question, Enter to show the answer, then a grade
/// (a/h/g/e = Again/Hard/Good/Easy, or 0-5), next item; q quits. Reviews due items, then up to --new new ones.
/// </summary>
internal static class ReviewCommand
{
    public static int Run(CliOptions o, TextReader input, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var report = s.Study.Due(newLimit: o.GetInt("new", 5), track: o.Get("track"));
        var queue = report.DueNow.Concat(report.New).ToList();
        if (queue.Count == 0)
        {
            w.WriteLine("Nothing is due. Come back tomorrow, or add cards (question::answer) to your notes.");
            return 0;
        }
        w.WriteLine($"{queue.Count} item(s) to review. Enter shows the answer; grade with a/h/g/e (Again/Hard/Good/Easy) or 0-5; q quits.");
        int reviewed = 0, again = 0;
        var clock = Stopwatch.StartNew();
        foreach (var entry in queue)
        {
            w.WriteLine();
            w.WriteLine($"[{reviewed + 1}/{queue.Count}] {entry.Item.Question}");
            w.WriteLine($"      {entry.Item.NotePath}:{entry.Item.Range.Start.Line + 1}");
            w.Write("(Enter to show the answer) ");
            var shown = Stopwatch.StartNew();
            if (input.ReadLine() is null or "q") break;
            w.WriteLine(entry.Item.Answer ?? "(no answer written: check the note)");
            var q = ReadGrade(input, w);
            if (q is null) break;
            var result = s.Study.Grade(entry.Item.Id, q, null, (int)shown.ElapsedMilliseconds);
            reviewed++;
            if (q < 3) again++;
            w.WriteLine(result.After.RepeatToday
                ? "  → again later today"
                : $"  → next review {result.After.DueDate!.Value.ToString("ddd d MMM", CultureInfo.InvariantCulture)} (in {result.After.IntervalDays}d, EF {result.After.EaseFactor.ToString("0.00", CultureInfo.InvariantCulture)})");
        }
        w.WriteLine();
        w.WriteLine($"Reviewed {reviewed}, again {again}, time {clock.Elapsed:m\\:ss}.");
        return 0;
    }

    private static int? ReadGrade(TextReader input, TextWriter w)
    {
        while (true)
        {
            w.Write("Grade [a]gain [h]ard [g]ood [e]asy or 0-5: ");
            var line = input.ReadLine()?.Trim().ToLowerInvariant();
            switch (line)
            {
                case null or "q": return null;
                case "a": return Quality.Again;
                case "h": return Quality.Hard;
                case "g" or "": return Quality.Good;
                case "e": return Quality.Easy;
                case [>= '0' and <= '5']: return line[0] - '0';
                default: w.WriteLine($"  '{line}' is not a grade."); break;
            }
        }
    }
}
