namespace PrepCode.Core.Scheduling;

/// <summary>Supplies "now". Injected everywhere so tests and demos can fix the time.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}

public sealed class SystemClock : IClock
{
    public static SystemClock Instance { get; } = new();
    public DateTimeOffset Now => DateTimeOffset.Now;
}

public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; set; } = now;
}

/// <summary>
/// Turns instants into study days: the local date in <see cref="TimeZone"/>, where a day starts at
/// <see cref="DayStartHour"/> (04:00 by default, so a late-night session still counts as the evening's day).
/// </summary>
public sealed record StudyCalendar(TimeZoneInfo TimeZone, int DayStartHour)
{
    public static StudyCalendar Local { get; } = new(TimeZoneInfo.Local, 4);

    public DateOnly StudyDay(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
        return DateOnly.FromDateTime(local.DateTime.AddHours(-DayStartHour));
    }

    public static StudyCalendar Create(string? timeZoneId, int? dayStartHour)
    {
        var hour = dayStartHour ?? 4;
        if (hour is < 0 or > 23) throw new ArgumentOutOfRangeException(nameof(dayStartHour), hour, "The day-start hour is 0 to 23.");
        var zone = string.IsNullOrWhiteSpace(timeZoneId) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        return new StudyCalendar(zone, hour);
    }
}
