using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Tests.Scheduling;

public class PercentToQualityTableTests
{
    [Theory]
    [InlineData(100, 5)]
    [InlineData(99.9, 4)]
    [InlineData(85, 4)]
    [InlineData(84.9, 3)]
    [InlineData(70, 3)]
    [InlineData(69, 2)]
    [InlineData(50, 2)]
    [InlineData(49.9, 1)]
    [InlineData(0.1, 1)]
    [InlineData(0, 0)]
    public void The_default_table_maps_percent_to_quality_as_documented(double percent, int q) =>
        Assert.Equal(q, PercentToQualityTable.Default.ToQuality(percent));

    [Fact]
    public void A_custom_table_is_used_highest_row_first()
    {
        var table = new PercentToQualityTable([(0, 0), (60, 3), (90, 5)]);
        Assert.Equal(5, table.ToQuality(95));
        Assert.Equal(3, table.ToQuality(75));
        Assert.Equal(0, table.ToQuality(59));
    }

    [Fact]
    public void A_percent_outside_0_to_100_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PercentToQualityTable.Default.ToQuality(120));
}

public class FixedIntervalSchedulerTests
{
    private static readonly DateOnly Completed = new(2026, 11, 1);

    [Fact]
    public void Reviews_fall_1_3_7_and_14_days_after_completion()
    {
        var fixedSched = FixedIntervalScheduler.Default;
        var s = fixedSched.Grade(ReviewState.New, 4, Completed);
        var dues = new List<DateOnly> { s.DueDate!.Value };
        for (var i = 0; i < 4; i++)
        {
            s = fixedSched.Grade(s, 4, s.DueDate!.Value.AddDays(i == 1 ? 2 : 0)); // one review done late
            dues.Add(s.DueDate!.Value);
        }
        Assert.Equal([Completed.AddDays(1), Completed.AddDays(3), Completed.AddDays(7), Completed.AddDays(14), Completed.AddDays(21)], dues);
    }

    [Fact]
    public void A_failed_review_restarts_the_sequence_from_that_day()
    {
        var fixedSched = new FixedIntervalScheduler([2, 5]);
        var s = fixedSched.Grade(ReviewState.New, 5, Completed);
        var failedOn = Completed.AddDays(2);
        s = fixedSched.Grade(s, 1, failedOn);
        Assert.Equal(failedOn.AddDays(2), s.DueDate);
        Assert.Equal(1, s.Lapses);
    }

    [Fact]
    public void Intervals_must_be_positive_and_increasing() =>
        Assert.Throws<ArgumentException>(() => new FixedIntervalScheduler([3, 1]));
}

public class StudyCalendarTests
{
    [Fact]
    public void A_late_night_review_counts_for_the_previous_day_until_the_day_start_hour()
    {
        var cal = new StudyCalendar(TimeZoneInfo.Utc, 4);
        Assert.Equal(new DateOnly(2026, 11, 21), cal.StudyDay(new DateTimeOffset(2026, 11, 22, 3, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 22), cal.StudyDay(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Study_days_follow_the_configured_time_zone()
    {
        var cal = StudyCalendar.Create("Asia/Tokyo", 0);
        Assert.Equal(new DateOnly(2026, 11, 23), cal.StudyDay(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero)));
    }
}
