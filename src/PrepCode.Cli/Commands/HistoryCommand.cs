using System.Globalization;
using PrepCode.Core.Curricula;
using PrepCode.Core.Study;

namespace PrepCode.Cli.Commands;

/// <summary>
/// <c>prepcode history [folder]</c>: the figures of the History view as text, for the active track group of
/// <c>.prepcode/config.json</c> (tracks from <c>--curricula</c> and the folder's <c>curricula/</c>): completions and
/// reviews per day, knowledge-check scores, and reviews due over the next 30 days: the figures of the History
/// view, over the same 91 days unless <c>--days</c> says otherwise.
/// </summary>
internal static class HistoryCommand
{
    /// <summary>13 weeks: the span of the History view's calendar (historyPanel asks prepcode/history for 91 days).</summary>
    public const int DefaultDays = 91;

    public static int Run(CliOptions o, TextWriter w)
    {
        using var s = CliSession.Open(o);
        var catalog = CurriculumCatalog.Load(o.Get("curricula"), s.Root);
        var config = PrepCodeConfigReader.Read(Path.Combine(s.Root, ".prepcode", "config.json")).Config;
        var group = config.ActiveGroup ?? (catalog.Tracks.Count > 0 ? catalog.Tracks[0].Group : TrackGroup.ML);
        var index = s.Study.Index;
        bool Visible(string id) => index.Find(id)?.Track is not { Length: > 0 } track || catalog.FindTrack(track) is not { } t || t.Group == group;
        var report = HistoryReport.Build(s.Store.AllReviews(), s.Study.ScheduledStates(), s.Study.Today, o.GetInt("days", DefaultDays), 30, Visible);

        w.WriteLine($"History of the {group} tracks · {report.Today.AddDays(1 - report.Days):yyyy-MM-dd} to {report.Today:yyyy-MM-dd}");
        Bars(w, "Completions per day (first grade of an item):", report.Completions);
        Bars(w, "Reviews per day (items graded):", report.Reviews);
        w.WriteLine("Knowledge-check scores (mean percent per day):");
        if (report.CheckScores.Count == 0) w.WriteLine("  (none yet)");
        foreach (var score in report.CheckScores)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {score.Day:yyyy-MM-dd}  {score.MeanPercent,5:0.0} %  ({score.Answers} answers)"));
        w.WriteLine($"Reviews due, next {report.Forecast.Count} days: {report.Forecast.Sum(f => f.Count)}");
        foreach (var day in report.Forecast.Where(f => f.Count > 0))
            w.WriteLine($"  {day.Day:yyyy-MM-dd} {day.Day:ddd}  {new string('#', Math.Min(day.Count, 60))} {day.Count}");
        return 0;
    }

    private static void Bars(TextWriter w, string title, IReadOnlyList<DayFigure> days)
    {
        w.WriteLine(title);
        if (days.Count == 0) w.WriteLine("  (none yet)");
        foreach (var day in days) w.WriteLine($"  {day.Day:yyyy-MM-dd}  {new string('#', Math.Min(day.Count, 60))} {day.Count}");
    }
}
