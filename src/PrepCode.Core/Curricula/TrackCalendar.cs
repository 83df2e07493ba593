using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Curricula;

public enum TrackDayStatus { NotStarted, InProgress, Finished }

/// <summary>
/// Where a track stands on a study date. <see cref="Day"/> is null before the start and past the end.
/// <see cref="DayNumber"/> is the computed number (it may exceed the track's length); before the start it is
/// the number the formula gives (0 or less) and <see cref="DaysUntilStart"/> says how long to wait.
/// </summary>
public sealed record TrackDay(
    int DayNumber,
    CurriculumDay? Day,
    TrackDayStatus Status,
    int DaysUntilStart,
    string Message);

/// <summary>
/// Pure day arithmetic for tracks. The clock, time zone and day-start hour are passed in.
/// Study date = the local calendar date in the given zone after moving the clock back by the day-start hour
/// (with 4, 02:00 still belongs to yesterday). Day number = (study date − start date) + 1 + acceleration days.
/// </summary>
public static class TrackCalendar
{
    /// <summary>The study date of <paramref name="now"/> in <paramref name="zone"/> when days begin at <paramref name="dayStartHour"/> (0..23).</summary>
    /// <remarks>The same rule as the schedule's <see cref="StudyCalendar"/>, which the server's Today view uses.</remarks>
    public static DateOnly StudyDate(DateTimeOffset now, TimeZoneInfo zone, int dayStartHour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dayStartHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayStartHour, 23);
        return new StudyCalendar(zone, dayStartHour).StudyDay(now);
    }

    /// <summary>The track's day at <paramref name="now"/>.</summary>
    public static TrackDay Today(Curriculum track, TrackSettings settings, DateTimeOffset now, TimeZoneInfo zone, int dayStartHour) =>
        OnDate(track, settings, StudyDate(now, zone, dayStartHour));

    /// <summary>The track's day at the clock's current time.</summary>
    public static TrackDay Today(Curriculum track, TrackSettings settings, TimeProvider clock, TimeZoneInfo zone, int dayStartHour) =>
        Today(track, settings, clock.GetUtcNow(), zone, dayStartHour);

    /// <summary>The track's day on a study date. Negative acceleration counts as 0.</summary>
    public static TrackDay OnDate(Curriculum track, TrackSettings settings, DateOnly studyDate)
    {
        var elapsed = studyDate.DayNumber - settings.StartDate.DayNumber;
        var number = elapsed + 1 + Math.Max(0, settings.AccelerationDays);
        if (elapsed < 0)
        {
            var wait = -elapsed;
            var when = wait == 1 ? "in 1 day" : $"in {wait} days";
            return new TrackDay(Math.Min(number, 0), null, TrackDayStatus.NotStarted, wait,
                $"{track.Title} starts {when} ({settings.StartDate:yyyy-MM-dd})");
        }

        if (track.DayOrNull(number) is { } day)
        {
            return new TrackDay(number, day, TrackDayStatus.InProgress, 0, $"Day {number} of {track.Days.Count}: {day.Title}");
        }

        return new TrackDay(number, null, TrackDayStatus.Finished, 0, $"No topic for day {number}: focus on reviews");
    }

    /// <summary>
    /// The zone for an IANA id (e.g. "Europe/Berlin"); null or empty means the machine's zone.
    /// An unknown id gives the machine's zone and a problem to show the user.
    /// </summary>
    public static (TimeZoneInfo Zone, string? Problem) ResolveTimeZone(string? ianaId)
    {
        if (string.IsNullOrWhiteSpace(ianaId)) return (TimeZoneInfo.Local, null);
        try
        {
            return (TimeZoneInfo.FindSystemTimeZoneById(ianaId.Trim()), null);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return (TimeZoneInfo.Local, $"time zone '{ianaId}' is not known; using the machine's time zone");
        }
    }
}
