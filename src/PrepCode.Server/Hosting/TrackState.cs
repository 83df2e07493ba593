using PrepCode.Core.Curricula;

namespace PrepCode.Server.Hosting;

/// <summary>
/// The curricula (shipped folder + the workspace's <c>curricula/*/curriculum.yaml</c>) and <c>.prepcode/config.json</c>
/// of one session. <see cref="Refresh"/> reloads them when any of those files changed (size or time), so an edited
/// curriculum.yaml or config is picked up on the next tracks request. A malformed curriculum is left out whole and
/// reported; nothing here throws for bad files.
/// </summary>
internal sealed class TrackState(string root)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _withDiagnostics = new(StringComparer.Ordinal);
    private string _signature = "";
    private string? _curriculaPath;
    private readonly List<(string, IReadOnlyList<CurriculumDiagnostic>)> _pending = [];

    public CurriculumCatalog Catalog { get; private set; } = CurriculumCatalog.Empty;
    public PrepCodeConfig Config { get; private set; } = PrepCodeConfig.Default;

    public string ConfigPath => Path.Combine(root, ".prepcode", "config.json");

    /// <summary>The group in config.json, else the group of the first track, else ML.</summary>
    public TrackGroup ActiveGroup => Config.ActiveGroup ?? (Catalog.Tracks.Count > 0 ? Catalog.Tracks[0].Group : TrackGroup.ML);

    /// <summary>Whether items of this front-matter track are shown: no track, an unknown track, or a track of the active group.</summary>
    public bool IsVisible(string? track)
    {
        if (string.IsNullOrEmpty(track)) return true;
        var known = Catalog.FindTrack(track);
        return known is null || known.Group == ActiveGroup;
    }

    /// <summary>The diagnostics to publish since the last call, per file (an empty list clears a file that had some).</summary>
    public IReadOnlyList<(string Path, IReadOnlyList<CurriculumDiagnostic> Diagnostics)> TakeDiagnostics()
    {
        lock (_gate)
        {
            var pending = _pending.ToList();
            _pending.Clear();
            return pending;
        }
    }

    /// <summary>Reloads when a file changed or the shipped folder moved; returns true when it reloaded.</summary>
    public bool Refresh(string? curriculaPath, bool force = false)
    {
        lock (_gate)
        {
            var files = CurriculumCatalog.FindCurriculumFiles(curriculaPath)
                .Concat(CurriculumCatalog.FindCurriculumFiles(Path.Combine(root, "curricula")))
                .Concat(CurriculumCatalog.FindCurriculumFiles(Path.Combine(root, ".prepcode", "curricula")))
                .Append(ConfigPath).ToList();
            var signature = string.Join("|", files.Select(Stamp)) + "|" + curriculaPath;
            if (!force && signature == _signature && curriculaPath == _curriculaPath) return false;
            _signature = signature;
            _curriculaPath = curriculaPath;

            Catalog = CurriculumCatalog.Load(curriculaPath, root);
            var config = PrepCodeConfigReader.Read(ConfigPath);
            Config = config.Config;
            var byFile = Catalog.Diagnostics.Concat(config.Diagnostics)
                .Where(d => d.Path.Length > 0)
                .GroupBy(d => d.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<CurriculumDiagnostic>)g.ToList(), StringComparer.Ordinal);
            var result = _pending;
            result.RemoveAll(p => true);
            foreach (var path in _withDiagnostics.Where(p => !byFile.ContainsKey(p)).ToList())
            {
                result.Add((path, []));
                _withDiagnostics.Remove(path);
            }
            foreach (var (path, list) in byFile)
            {
                result.Add((path, list));
                _withDiagnostics.Add(path);
            }
            if (Catalog.Diagnostics.Any(d => d.IsError)) Log.Warn($"curricula: {Catalog.Diagnostics.Count(d => d.IsError)} error(s); tracks with errors are not loaded");
            return true;
        }
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{path}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : $"{path}:-";
    }
}
