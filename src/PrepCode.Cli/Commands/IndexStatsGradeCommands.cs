using PrepCode.Core.Scheduling;

namespace PrepCode.Cli.Commands;

/// <summary><c>prepcode index</c>, <c>prepcode stats</c>, <c>prepcode grade</c>, <c>prepcode undo</c>.</summary>
internal static class IndexStatsGradeCommands
{
    public static int Index(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var index = s.Workspace.Snapshot;
        w.WriteLine($"{s.Summary.Notes} notes · {s.Summary.Items} study items · {s.Summary.Diagnostics} diagnostics · {s.Summary.Reparsed} parsed this run");
        var notes = index.Notes.Values.ToList();
        w.WriteLine($"{notes.Sum(n => n.Counts.Topics)} headings · {notes.Sum(n => n.Counts.Cards)} cards · {notes.Sum(n => n.Counts.PracticeQuestions)} practice questions · {notes.Sum(n => n.Counts.Tasks)} tasks ({notes.Sum(n => n.Counts.TasksDone)} done)");
        foreach (var note in notes.Where(n => n.Diagnostics.Count > 0))
            foreach (var d in note.Diagnostics)
                w.WriteLine($"{note.Path}:{d.Range.Start.Line + 1}:{d.Range.Start.Character + 1}: {d.Severity.ToString().ToLowerInvariant()}: {d.Message}");
        return 0;
    }

    public static int Stats(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var stats = s.Study.Stats(o.GetInt("days", 14));
        w.WriteLine($"{stats.Total} items: {stats.New} new · {stats.Learning} learning · {stats.Review} in review · {stats.DueNow} due now");
        w.WriteLine("Reviews per day:");
        if (stats.ReviewsPerDay.Count == 0) w.WriteLine("  (none yet)");
        foreach (var (day, count) in stats.ReviewsPerDay) w.WriteLine($"  {day:yyyy-MM-dd}  {new string('#', Math.Min(count, 60))} {count}");
        return 0;
    }

    /// <summary><c>prepcode grade &lt;folder&gt; &lt;item-id&gt; &lt;q&gt;</c>, or <c>--percent N</c> instead of q.</summary>
    public static int Grade(CliOptions o, TextWriter w)
    {
        var byPercent = o.Named.TryGetValue("percent", out var p);
        if (o.Positional.Count != (byPercent ? 2 : 3)) throw new CliException("Usage: prepcode grade <folder> <item-id> <0-5>   or   prepcode grade <folder> <item-id> --percent N");
        var id = o.Positional[1];
        int? q = byPercent ? null : int.TryParse(o.Positional[2], out var v) ? v : throw new CliException($"'{o.Positional[2]}' is not a grade 0-5.");
        double? pct = byPercent ? double.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : throw new CliException($"'{p}' is not a percent.") : null;
        using var s = CliSession.Open(o);
        var result = s.Study.Grade(id, q, pct, null);
        w.WriteLine($"{result.Item.Id}: q={result.Quality} → due {result.After.DueDate:yyyy-MM-dd}, interval {result.After.IntervalDays}d, EF {result.After.EaseFactor:0.00}");
        return 0;
    }

    public static int Undo(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var undone = s.Study.UndoLastGrade();
        w.WriteLine(undone is null ? "There is no grade to undo." : $"Undid q={undone.Quality} on {undone.ItemId}; it is {(undone.Before.Status == ReviewStatus.New ? "new again" : $"due {undone.Before.DueDate:yyyy-MM-dd} again")}.");
        return 0;
    }
}
