using PrepCode.Core.Curricula;
using PrepCode.Core.Study;

namespace PrepCode.Cli;

/// <summary>
/// The track groups as the extension sees them: tracks from <c>--curricula</c> (the shipped folder) and the folder's
/// own curricula, the active group from <c>.prepcode/config.json</c> (else the first track's group, else ML).
/// </summary>
internal sealed class CliTrackGroups(CurriculumCatalog catalog, TrackGroup active) : ITrackGroups
{
    public TrackGroup Active { get; } = active;

    public TrackGroup? GroupOfTrack(string track) => catalog.FindTrack(track)?.Group;

    public static CliTrackGroups Load(CliOptions o, string root)
    {
        var catalog = CurriculumCatalog.Load(o.Get("curricula"), root);
        var config = PrepCodeConfigReader.Read(Path.Combine(root, ".prepcode", "config.json")).Config;
        return new CliTrackGroups(catalog, config.ActiveGroup ?? (catalog.Tracks.Count > 0 ? catalog.Tracks[0].Group : TrackGroup.ML));
    }
}
