using PrepCode.Core.Curricula;

namespace PrepCode.Core.Study;

/// <summary>
/// Which track group (ML / SWE) an item belongs to. An item whose front-matter track is a curriculum's belongs to that
/// curriculum's group; an item without a track, or with a track no curriculum defines, is shown in every group and
/// follows the <see cref="Active"/> one (its scheduler and FSRS weights).
/// </summary>
public interface ITrackGroups
{
    /// <summary>The group the user works in now.</summary>
    TrackGroup Active { get; }

    /// <summary>The group of a curriculum track id; null when no curriculum defines it.</summary>
    TrackGroup? GroupOfTrack(string track);
}

/// <summary>No curricula known: every item follows one group.</summary>
public sealed class SingleTrackGroup(TrackGroup active = TrackGroup.ML) : ITrackGroups
{
    public TrackGroup Active => active;

    public TrackGroup? GroupOfTrack(string track) => null;
}
