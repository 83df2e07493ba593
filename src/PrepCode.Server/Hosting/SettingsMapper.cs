using System.Globalization;
using System.Text.Json;
using PrepCode.Core.Curricula;
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
        var (scheduler, byGroup) = Schedulers(s);
        var table = s.PercentToQuality is { Count: > 0 } rows
            ? new PercentToQualityTable(rows.Select(r => (r.Min == 0 ? 0 : r.Min, r.Q)))
            : PercentToQualityTable.Default;
        StudyCalendar calendar;
        try { calendar = StudyCalendar.Create(s.TimeZone, s.DayStartHour); }
        catch (TimeZoneNotFoundException) { throw new InvalidSettingException($"Unknown time zone '{s.TimeZone}': use an IANA name such as Europe/Berlin."); }
        var upcoming = s.UpcomingDays ?? 7;
        if (upcoming is < 0 or > 365) throw new InvalidSettingException($"Upcoming days must be 0 to 365; got {upcoming}.");
        return new StudySettings(scheduler, table, calendar, upcoming, byGroup);
    }

    /// <summary>
    /// <c>scheduler</c>: a name for every group, or <c>{ "ML": "fsrs", "SWE": "sm2" }</c> with "sm2" for a group not named.
    /// One FSRS choice is shared by the groups that use it, so their replays share the options.
    /// </summary>
    private static (IScheduler All, IReadOnlyDictionary<TrackGroup, IScheduler>? ByGroup) Schedulers(PrepCodeSettings s)
    {
        FsrsSchedulerChoice? fsrs = null;
        IScheduler Named(string name) => name.ToLowerInvariant() switch
        {
            "sm2" => new Sm2Scheduler(),
            "fsrs" => fsrs ??= new FsrsSchedulerChoice(),
            "fixed" => s.FixedIntervals is { Count: > 0 } fixedIntervals ? new FixedIntervalScheduler(fixedIntervals) : FixedIntervalScheduler.Default,
            var other => throw new InvalidSettingException($"Unknown scheduler '{other}': use \"sm2\", \"fsrs\" or \"fixed\"."),
        };
        switch (s.Scheduler)
        {
            case null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                return (Named("sm2"), null);
            case { ValueKind: JsonValueKind.String } name:
                return (Named(name.GetString()!), null);
            case { ValueKind: JsonValueKind.Object } groups:
                var byGroup = new Dictionary<TrackGroup, IScheduler>();
                foreach (var entry in groups.EnumerateObject())
                {
                    if (!CurriculumRules.TryParseGroup(entry.Name, out var group))
                        throw new InvalidSettingException($"Scheduler group '{entry.Name}' is not a track group: use \"ML\" or \"SWE\".");
                    if (entry.Value.ValueKind != JsonValueKind.String)
                        throw new InvalidSettingException($"The scheduler of group {group} must be \"sm2\", \"fsrs\" or \"fixed\".");
                    byGroup[group] = Named(entry.Value.GetString()!);
                }
                return (Named("sm2"), byGroup);
            default:
                throw new InvalidSettingException("The scheduler must be \"sm2\", \"fsrs\", \"fixed\" or one per track group, e.g. { \"ML\": \"fsrs\", \"SWE\": \"sm2\" }.");
        }
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
