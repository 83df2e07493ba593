using System.Globalization;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Study;
using PrepCode.Server.Contract;

namespace PrepCode.Server.Hosting;

/// <summary>Turns the client's <see cref="PrepCodeSettings"/> into Core settings, with errors said in words.</summary>
internal static class SettingsMapper
{
    public const string DefaultDatabasePath = ".prepcode/prepcode.db";

    public static StudySettings ToStudySettings(PrepCodeSettings s)
    {
        IScheduler scheduler = (s.Scheduler ?? "sm2").ToLowerInvariant() switch
        {
            "sm2" => new Sm2Scheduler(),
            "fsrs" => new FsrsSchedulerChoice(),
            "fixed" => s.FixedIntervals is { Count: > 0 } fixedIntervals ? new FixedIntervalScheduler(fixedIntervals) : FixedIntervalScheduler.Default,
            var other => throw new InvalidSettingException($"Unknown scheduler '{other}': use \"sm2\", \"fsrs\" or \"fixed\"."),
        };
        var table = s.PercentToQuality is { Count: > 0 } rows
            ? new PercentToQualityTable(rows.Select(r => (r.Min == 0 ? 0 : r.Min, r.Q)))
            : PercentToQualityTable.Default;
        StudyCalendar calendar;
        try { calendar = StudyCalendar.Create(s.TimeZone, s.DayStartHour); }
        catch (TimeZoneNotFoundException) { throw new InvalidSettingException($"Unknown time zone '{s.TimeZone}': use an IANA name such as Europe/Berlin."); }
        var upcoming = s.UpcomingDays ?? 7;
        if (upcoming is < 0 or > 365) throw new InvalidSettingException($"Upcoming days must be 0 to 365; got {upcoming}.");
        return new StudySettings(scheduler, table, calendar, upcoming);
    }

    /// <summary>"Now" for this process: settings.now, else PREPCODE_NOW, else the system clock.</summary>
    public static IClock ToClock(PrepCodeSettings s)
    {
        var fixedNow = s.Now ?? Environment.GetEnvironmentVariable("PREPCODE_NOW");
        if (string.IsNullOrWhiteSpace(fixedNow)) return SystemClock.Instance;
        if (!DateTimeOffset.TryParse(fixedNow, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var now))
            throw new InvalidSettingException($"'{fixedNow}' is not a date and time (PREPCODE_NOW / prepcode now); use ISO-8601 such as 2026-11-22T09:00:00Z.");
        return new FixedClock(now);
    }

    public static string DatabasePath(string root, PrepCodeSettings s)
    {
        var path = string.IsNullOrWhiteSpace(s.DatabasePath) ? DefaultDatabasePath : s.DatabasePath;
        return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
    }
}

public sealed class InvalidSettingException(string message) : Exception(message);
