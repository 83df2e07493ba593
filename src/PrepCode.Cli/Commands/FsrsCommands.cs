using System.Globalization;
using PrepCode.Core.Curricula;
using PrepCode.Core.Evaluation;

namespace PrepCode.Cli.Commands;

/// <summary><c>prepcode optimize</c>, <c>export-reviews</c> and <c>evaluate</c>: FSRS-6 fitted to and measured on a review log.</summary>
internal static class FsrsCommands
{
    public static int Optimize(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var group = s.Study.Groups.Active;
        if (o.Get("group") is { } text && !CurriculumRules.TryParseGroup(text, out group))
            throw new CliException($"--group must be ML or SWE; got '{text}'.");
        var progress = new SyncProgress(p => w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  epoch {p.Epoch}/{p.Total} · log loss {p.Loss:F4}")));
        var result = s.Study.OptimizeFsrs(group, progress);
        var fit = result.Fit;
        if (fit.ScoredReviewCount == 0)
        {
            w.WriteLine($"Track group {group}: not enough reviews to fit yet (reviews on different days are needed); the default weights stay in use.");
            return 0;
        }
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FSRS-6 for track group {group} fitted to {fit.ScoredReviewCount} review{(fit.ScoredReviewCount == 1 ? "" : "s")}: log loss {fit.LogLossBefore:F4} -> {fit.LogLossAfter:F4}{(fit.KeptInitial ? " (no improvement, defaults kept)" : "")}."));
        w.WriteLine($"Weights stored for track group '{result.Stored.TrackGroup}': {fit.Parameters.ToString(4)}");
        return 0;
    }

    public static int ExportReviews(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var rows = s.Study.ExportReviewLog();
        if (o.Get("out") is { } outPath)
        {
            using var file = new StreamWriter(Path.GetFullPath(outPath));
            ReviewLogCsv.Write(file, rows);
            Console.Error.WriteLine($"{rows.Count} reviews written to {Path.GetFullPath(outPath)}");
        }
        else ReviewLogCsv.Write(w, rows);
        return 0;
    }

    public static int Evaluate(CliOptions o, TextWriter w)
    {
        var target = o.Folder();
        IReadOnlyList<ReviewLogEntry> log;
        if (File.Exists(target))
        {
            using var reader = new StreamReader(target);
            var read = ReviewLogCsv.Read(reader);
            foreach (var error in read.Errors.Take(10)) Console.Error.WriteLine($"{Path.GetFileName(target)}: {error}");
            if (read.Entries.Count == 0) throw new CliException($"{target} holds no usable reviews.");
            log = read.Entries;
        }
        else
        {
            using var s = CliSession.Open(o);
            log = s.Study.ExportReviewLog();
        }
        var cards = CardHistory.FromLog(log);
        var report = new ModelEvaluator().Evaluate(cards);
        w.Write(report.ToText());
        return 0;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SyncProgress(Action<(int Epoch, int Total, double Loss)> report) : IProgress<(int Epoch, int Total, double Loss)>
    {
        public void Report((int Epoch, int Total, double Loss) value) => report(value);
    }
}
