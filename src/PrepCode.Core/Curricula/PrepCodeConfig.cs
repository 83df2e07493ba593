namespace PrepCode.Core.Curricula;

/// <summary>
/// The track settings kept in <c>.prepcode/config.json</c>:
/// <c>{ "tracks": { "&lt;id&gt;": { "startDate": "2026-11-20", "accelerationDays": 0, "active": true } },
/// "activeGroup": "ML" }</c>. <c>start_date</c> and <c>acceleration_days</c> (seed 001's spellings) are read too.
/// <c>reviewIntervals</c> is read and checked but does not change the schedule (a non-default value is warned about:
/// the settings prepcode.scheduler and prepcode.fixedIntervals do). Other keys in the file belong to others and are kept.
/// </summary>
public sealed record PrepCodeConfig(
    IReadOnlyDictionary<string, TrackSettings> Tracks,
    TrackGroup? ActiveGroup,
    IReadOnlyList<int> ReviewIntervals)
{
    public static readonly IReadOnlyList<int> DefaultReviewIntervals = [1, 3, 7, 14];

    public static PrepCodeConfig Default { get; } =
        new(new Dictionary<string, TrackSettings>(StringComparer.Ordinal), null, DefaultReviewIntervals);

    /// <summary>A copy with one track's settings set (added or replaced).</summary>
    public PrepCodeConfig WithTrack(string trackId, TrackSettings settings)
    {
        var tracks = new Dictionary<string, TrackSettings>(Tracks, StringComparer.Ordinal) { [trackId] = settings };
        return this with { Tracks = tracks };
    }
}
