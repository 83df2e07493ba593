using System.Text.Json;

namespace PrepCode.Server.Contract;

/// <summary>
/// PrepCode settings, sent as <c>initializationOptions</c> of <c>initialize</c> and again (whole) as
/// <c>settings.prepcode</c> of <c>workspace/didChangeConfiguration</c>. Every field is optional.
/// </summary>
public sealed partial record PrepCodeSettings
{
    /// <summary>Globs of notes to index, relative to the workspace root. Default: ["**/*.md"].</summary>
    public IReadOnlyList<string>? Include { get; init; }

    /// <summary>Globs to leave out, besides .gitignore, .git, node_modules and .prepcode.</summary>
    public IReadOnlyList<string>? Exclude { get; init; }

    /// <summary>Database file; relative paths are under the workspace root. Default: ".prepcode/prepcode.db".</summary>
    public string? DatabasePath { get; init; }

    /// <summary>"sm2" (default), "fsrs" (FSRS-6, due dates and predicted recall from the replayed log) or "fixed" for every
    /// track group, or one per group: <c>{ "ML": "fsrs", "SWE": "sm2" }</c> (a group not named uses "sm2").</summary>
    public JsonElement? Scheduler { get; init; }

    /// <summary>Days after completion for the fixed-interval scheduler. Default: [1, 3, 7, 14].</summary>
    public IReadOnlyList<int>? FixedIntervals { get; init; }

    /// <summary>Percent thresholds to SM-2 quality, highest first, e.g. [{min:100,q:5},{min:85,q:4},...].</summary>
    public IReadOnlyList<PercentToQuality>? PercentToQuality { get; init; }

    /// <summary>Hour (0-23) at which a new study day starts. Default 4.</summary>
    public int? DayStartHour { get; init; }

    /// <summary>IANA time zone id; default: the machine's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>How many days ahead "Upcoming" reaches. Default 7.</summary>
    public int? UpcomingDays { get; init; }

    /// <summary>Fixed "now" (ISO-8601) for tests and demos; overrides the clock.</summary>
    public string? Now { get; init; }

    /// <summary>Folder of the shipped curricula (<c>*/curriculum.yaml</c>); the extension passes its bundled folder.</summary>
    public string? CurriculaPath { get; init; }

    /// <summary>Per-track start date (yyyy-MM-dd), acceleration days and active flag; each given field overrides
    /// .prepcode/config.json for that track (setting <c>prepcode.tracks</c>).</summary>
    public IReadOnlyDictionary<string, TrackOverride>? Tracks { get; init; }
}

/// <summary>A percent at or above <see cref="Min"/> maps to quality <see cref="Q"/>; "0" means exactly zero when Min is 0.</summary>
public sealed record PercentToQuality(double Min, int Q);

/// <summary>One track's entry in <see cref="PrepCodeSettings.Tracks"/>. Every field is optional.</summary>
public sealed record TrackOverride(string? StartDate = null, int? AccelerationDays = null, bool? Active = null);
