using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Core.Tests.Study;

public sealed class HistoryReportTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private long _id;

    private ReviewLogEntry Entry(string item, DateOnly day, double? percent = null, string source = "review", bool undone = false) => new(
        ++_id, item, new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), day, 4, percent, null, "sm2", source,
        ReviewState.New, ReviewState.New, undone ? DateTimeOffset.UnixEpoch : null);

    [Fact]
    public void Knowledge_check_scores_are_the_mean_percent_of_each_day_and_undone_grades_do_not_count()
    {
        var log = new[]
        {
            Entry("a", Today.AddDays(-1), 50, "check"),
            Entry("b", Today.AddDays(-1), 100, "check"),
            Entry("a", Today, 85, "check"),
            Entry("c", Today, 0, "check", undone: true),
            Entry("d", Today),
        };
        var report = HistoryReport.Build(log, new Dictionary<string, ReviewState>(), Today, 7, 30);
        Assert.Equal([new DayScore(Today.AddDays(-1), 75, 2), new DayScore(Today, 85, 1)], report.CheckScores);
        Assert.Equal([new DayFigure(Today.AddDays(-1), 2), new DayFigure(Today, 1)], report.Completions);   // a, b; then d
    }

    [Fact]
    public void The_forecast_puts_overdue_reviews_on_today_and_leaves_out_items_the_filter_hides()
    {
        var states = new Dictionary<string, ReviewState>
        {
            ["late"] = ReviewState.New with { DueDate = Today.AddDays(-3) },
            ["soon"] = ReviewState.New with { DueDate = Today.AddDays(2) },
            ["hidden"] = ReviewState.New with { DueDate = Today.AddDays(2) },
            ["far"] = ReviewState.New with { DueDate = Today.AddDays(40) },
        };
        var report = HistoryReport.Build([], states, Today, 7, 30, id => id != "hidden");
        Assert.Equal(30, report.Forecast.Count);
        Assert.Equal(1, report.Forecast[0].Count);
        Assert.Equal(1, report.Forecast[2].Count);
        Assert.Equal(2, report.Forecast.Sum(f => f.Count));
    }
}
