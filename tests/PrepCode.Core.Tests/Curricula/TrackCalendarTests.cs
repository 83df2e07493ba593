using PrepCode.Core.Curricula;

namespace PrepCode.Core.Tests.Curricula;

public class TrackCalendarTests
{
    private static readonly Curriculum Track = TestTracks.WithDays(28);
    private static readonly TrackSettings Settings = new(new DateOnly(2026, 11, 20));

    [Theory]
    [InlineData("2026-11-20", 1)]
    [InlineData("2026-11-21", 2)]
    [InlineData("2026-12-17", 28)]
    public void The_start_date_is_day_one_and_each_study_date_adds_one(string date, int expected)
    {
        var today = TrackCalendar.OnDate(Track, Settings, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, today.DayNumber);
        Assert.Equal(TrackDayStatus.InProgress, today.Status);
        Assert.Equal(expected, today.Day!.Number);
        Assert.Equal($"Day {expected} of 28: Day {expected} title", today.Message);
    }

    [Fact]
    public void Acceleration_days_skip_ahead_so_five_makes_the_start_date_day_six()
    {
        var today = TrackCalendar.OnDate(Track, Settings with { AccelerationDays = 5 }, new DateOnly(2026, 11, 20));

        Assert.Equal(6, today.DayNumber);
        Assert.Equal(6, today.Day!.Number);
    }

    [Fact]
    public void Before_the_start_the_track_says_how_many_days_remain()
    {
        var today = TrackCalendar.OnDate(Track, Settings, new DateOnly(2026, 11, 17));

        Assert.Equal(TrackDayStatus.NotStarted, today.Status);
        Assert.Null(today.Day);
        Assert.Equal(3, today.DaysUntilStart);
        Assert.Equal("Track 28 starts in 3 days (2026-11-20)", today.Message);
        Assert.Equal("Track 28 starts in 1 day (2026-11-20)", TrackCalendar.OnDate(Track, Settings, new DateOnly(2026, 11, 19)).Message);
    }

    [Fact]
    public void Past_the_end_there_is_no_topic_and_reviews_are_the_focus()
    {
        var today = TrackCalendar.OnDate(TestTracks.WithDays(14), Settings with { AccelerationDays = 2 }, new DateOnly(2026, 12, 2));

        Assert.Equal(15, today.DayNumber);
        Assert.Null(today.Day);
        Assert.Equal(TrackDayStatus.Finished, today.Status);
        Assert.Equal("No topic for day 15: focus on reviews", today.Message);
    }

    [Theory]
    [InlineData("2026-11-21T01:00:00Z", 4, "2026-11-20")] // 02:00 in Berlin, before the 04:00 day start: still yesterday
    [InlineData("2026-11-21T02:59:00Z", 4, "2026-11-20")] // 03:59 Berlin
    [InlineData("2026-11-21T03:00:00Z", 4, "2026-11-21")] // 04:00 Berlin: the new day begins
    [InlineData("2026-11-20T23:30:00Z", 0, "2026-11-21")] // 00:30 Berlin with midnight day start
    [InlineData("2026-11-20T22:59:00Z", 0, "2026-11-20")] // 23:59 Berlin
    public void The_study_date_follows_the_time_zone_and_the_day_start_hour(string utc, int dayStartHour, string expected)
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var date = TrackCalendar.StudyDate(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), berlin, dayStartHour);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void The_same_instant_is_a_different_day_number_in_tokyo_and_new_york()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero); // 21:00 in Tokyo, 07:00 in New York
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var start = Settings with { StartDate = new DateOnly(2026, 11, 21) };

        Assert.Equal(1, TrackCalendar.Today(Track, start, now.AddHours(8), newYork, 4).DayNumber);   // 15:00 NY, 21 Nov
        Assert.Equal(2, TrackCalendar.Today(Track, start, now.AddHours(8), tokyo, 4).DayNumber);     // 05:00 Tokyo, 22 Nov
        Assert.Equal(1, TrackCalendar.Today(Track, start, now.AddHours(6), tokyo, 4).DayNumber);     // 03:00 Tokyo counts as 21 Nov
    }

    [Fact]
    public void The_clock_can_be_a_time_provider()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

        var today = TrackCalendar.Today(Track, Settings, clock, TimeZoneInfo.Utc, 4);

        Assert.Equal(3, today.DayNumber);
    }

    [Fact]
    public void An_unknown_time_zone_falls_back_to_the_machine_zone_with_a_problem_to_show()
    {
        var (zone, problem) = TrackCalendar.ResolveTimeZone("Mars/Olympus_Mons");
        var (berlin, none) = TrackCalendar.ResolveTimeZone("Europe/Berlin");

        Assert.Equal(TimeZoneInfo.Local, zone);
        Assert.Equal("time zone 'Mars/Olympus_Mons' is not known; using the machine's time zone", problem);
        Assert.Equal("Europe/Berlin", berlin.Id);
        Assert.Null(none);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
