using PrepCode.Core.Curricula;
using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Study;

public sealed partial class StudyService
{
    /// <summary>
    /// Which items the due queries show, by the item's front-matter track (null: no track). Null shows everything.
    /// Track groups use it: only the active group's tracks plus notes without a track are due.
    /// </summary>
    public Func<string?, bool>? TrackFilter { get; set; }

    /// <summary>The track group of each item, which picks its scheduler and FSRS weights. Default: one group (ML).</summary>
    public ITrackGroups Groups { get; set; } = new SingleTrackGroup();

    /// <summary>The group that schedules an item: its track's group, else the active group (see <see cref="ITrackGroups"/>).</summary>
    public TrackGroup GroupOf(string? track) =>
        !string.IsNullOrEmpty(track) && Groups.GroupOfTrack(track) is { } group ? group : Groups.Active;

    /// <summary>The group of an item id; an id no longer in the index follows the active group.</summary>
    public TrackGroup GroupOfItem(string id) => GroupOf(Index.Find(id)?.Track);

    /// <summary>Whether <paramref name="group"/> shows items of this track: its own tracks and items without a curriculum track.</summary>
    public bool IsInGroup(string? track, TrackGroup group) =>
        string.IsNullOrEmpty(track) || Groups.GroupOfTrack(track) is not { } known || known == group;

    private IScheduler SchedulerOf(StudyItem item) => Settings.SchedulerOf(GroupOf(item.Track));
}
