using PrepCode.Core.Notes;

namespace PrepCode.Core.Curricula;

/// <summary>
/// Every track PrepCode knows: the shipped ones plus the workspace's (<c>curricula/*/curriculum.yaml</c> and
/// <c>.prepcode/curricula/*/curriculum.yaml</c>). A workspace track with the id of a shipped track replaces it.
/// A track whose topic id is already used by an earlier track is refused as a whole, with one error per clash.
/// Order: shipped tracks by folder name, then workspace tracks; an override takes the place of the track it replaces.
/// </summary>
public sealed class CurriculumCatalog
{
    private readonly Dictionary<string, Curriculum> byId;
    private readonly Dictionary<string, CurriculumTopic> byTopic;

    private CurriculumCatalog(List<Curriculum> tracks, List<CurriculumDiagnostic> diagnostics)
    {
        Tracks = tracks;
        Diagnostics = diagnostics;
        byId = tracks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        byTopic = tracks.SelectMany(t => t.Topics).ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public static CurriculumCatalog Empty { get; } = new([], []);

    /// <summary>Loaded tracks, in catalog order.</summary>
    public IReadOnlyList<Curriculum> Tracks { get; }

    /// <summary>Every diagnostic of every file, including tracks that were refused.</summary>
    public IReadOnlyList<CurriculumDiagnostic> Diagnostics { get; }

    /// <summary>Loads the tracks under <paramref name="shippedFolder"/> and the workspace at <paramref name="workspaceRoot"/>; either may be null or absent.</summary>
    public static CurriculumCatalog Load(string? shippedFolder, string? workspaceRoot, CurriculumLoader? loader = null)
    {
        loader ??= new CurriculumLoader();
        var shipped = FindCurriculumFiles(shippedFolder).Select(f => loader.LoadFile(f, isShipped: true));
        var workspace = workspaceRoot is null
            ? []
            : FindCurriculumFiles(Path.Combine(workspaceRoot, "curricula"))
                .Concat(FindCurriculumFiles(Path.Combine(workspaceRoot, ".prepcode", "curricula")))
                .Select(f => loader.LoadFile(f, isShipped: false));
        return FromResults(shipped.ToList(), workspace.ToList());
    }

    /// <summary>Builds a catalog from already loaded files (shipped first); useful for editor buffers and tests.</summary>
    public static CurriculumCatalog FromResults(IEnumerable<CurriculumLoadResult> shipped, IEnumerable<CurriculumLoadResult> workspace)
    {
        var diagnostics = new List<CurriculumDiagnostic>();
        var slots = new List<(Curriculum Track, CurriculumLoadResult Result)>();
        foreach (var result in shipped.Concat(workspace))
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Curriculum is not { } track) continue;
            var index = slots.FindIndex(s => s.Track.Id == track.Id);
            if (index < 0)
            {
                slots.Add((track, result));
            }
            else if (slots[index].Track.IsShipped && !track.IsShipped)
            {
                diagnostics.Add(At(result, "", $"this workspace track replaces the shipped track '{track.Id}'", DiagnosticSeverity.Information));
                slots[index] = (track, result);
            }
            else
            {
                diagnostics.Add(At(result, "", $"track id '{track.Id}' is already used by {slots[index].Track.SourcePath}; this track is not loaded"));
            }
        }

        return new CurriculumCatalog(RefuseTopicClashes(slots, diagnostics), diagnostics);
    }

    /// <summary>The <c>*/curriculum.yaml</c> files one level below <paramref name="folder"/>, sorted by folder name.</summary>
    public static IReadOnlyList<string> FindCurriculumFiles(string? folder)
    {
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder)) return [];
        try
        {
            return Directory.EnumerateDirectories(folder)
                .Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, CurriculumRules.FileName))
                .Where(File.Exists)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public Curriculum? FindTrack(string trackId) => byId.GetValueOrDefault(trackId);

    public CurriculumTopic? FindTopic(string topicId) => byTopic.GetValueOrDefault(topicId);

    public IReadOnlyList<Curriculum> TracksInGroup(TrackGroup group) => Tracks.Where(t => t.Group == group).ToList();

    /// <summary>The diagnostics of one file (for publishing them against that file).</summary>
    public IReadOnlyList<CurriculumDiagnostic> DiagnosticsFor(string path) =>
        Diagnostics.Where(d => string.Equals(d.Path, path, StringComparison.Ordinal)).ToList();

    private static List<Curriculum> RefuseTopicClashes(
        List<(Curriculum Track, CurriculumLoadResult Result)> slots, List<CurriculumDiagnostic> diagnostics)
    {
        var owners = new Dictionary<string, Curriculum>(StringComparer.Ordinal);
        var accepted = new List<Curriculum>();
        foreach (var (track, result) in slots)
        {
            var clashes = track.Topics.Where(t => owners.ContainsKey(t.Id)).ToList();
            foreach (var topic in clashes)
            {
                diagnostics.Add(At(result, topic.Id,
                    $"topic id '{topic.Id}' is already used by track '{owners[topic.Id].Id}'; topic ids must be unique across tracks, so track '{track.Id}' is not loaded"));
            }

            if (clashes.Count > 0) continue;
            foreach (var topic in track.Topics) owners[topic.Id] = track;
            accepted.Add(track);
        }

        return accepted;
    }

    private static CurriculumDiagnostic At(CurriculumLoadResult result, string key, string message,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var (line, column) = result.Positions.TryGetValue(key, out var position) ? position : (1, 1);
        return new CurriculumDiagnostic(result.Curriculum?.SourcePath ?? "", line, column, message, severity);
    }
}
