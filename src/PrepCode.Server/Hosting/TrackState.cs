using PrepCode.Core.Curricula;
using PrepCode.Core.Study;

namespace PrepCode.Server.Hosting;

/// <summary>
/// The curricula (shipped folder + the workspace's <c>curricula/*/curriculum.yaml</c>) and <c>.prepcode/config.json</c>
/// of one session. <see cref="Refresh"/> reloads them when any of those files changed (size or time), so an edited
/// curriculum.yaml or config is picked up on the next tracks request. A malformed curriculum is left out whole and
/// reported; nothing here throws for bad files.
/// </summary>
internal sealed class TrackState(string root) : ITrackGroups
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _withDiagnostics = new(StringComparer.Ordinal);
    private string _signature = "";
    private string? _curriculaPath;
    private readonly List<(string, IReadOnlyList<CurriculumDiagnostic>)> _pending = [];

    public CurriculumCatalog Catalog { get; private set; } = CurriculumCatalog.Empty;

    /// <summary>The <c>prepcode.tracks</c> setting, applied over config.json on every reload.</summary>
    public IReadOnlyDictionary<string, Contract.TrackOverride>? Overrides { get; set; }
    public PrepCodeConfig Config { get; private set; } = PrepCodeConfig.Default;

    public string ConfigPath => Path.Combine(root, ".prepcode", "config.json");

    /// <summary>config.json as the file has it, without the <c>prepcode.tracks</c> setting: what a change is written over
    /// (the setting is never written back).</summary>
    public PrepCodeConfig FileConfig => PrepCodeConfigReader.Read(ConfigPath).Config;

    /// <summary>For a curriculum topic completed on a track that has no start date: that track, the topic's day and the
    /// start date that makes <paramref name="today"/> that day (day numbers follow the start date). Null otherwise.</summary>
    public (Curriculum Track, int Day, DateOnly Start)? StartOnCompletion(string topicId, DateOnly today)
    {
        foreach (var track in Catalog.Tracks)
        {
            var day = track.Days.FirstOrDefault(d => d.Topics.Any(t => t.Id == topicId));
            if (day is null) continue;
            if (Config.Tracks.ContainsKey(track.Id)) return null;
            return (track, day.Number, today.AddDays(1 - day.Number));
        }
        return null;
    }

    /// <summary>The group in config.json, else the group of the first track, else ML.</summary>
    public TrackGroup ActiveGroup => Config.ActiveGroup ?? (Catalog.Tracks.Count > 0 ? Catalog.Tracks[0].Group : TrackGroup.ML);

    TrackGroup ITrackGroups.Active => ActiveGroup;

    public TrackGroup? GroupOfTrack(string track) => Catalog.FindTrack(track)?.Group;

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
            var signature = string.Join("|", files.Select(Stamp)) + "|" + curriculaPath + "|" + OverridesKey();
            if (!force && signature == _signature && curriculaPath == _curriculaPath) return false;
            _signature = signature;
            _curriculaPath = curriculaPath;

            Catalog = CurriculumCatalog.Load(curriculaPath, root);
            var config = PrepCodeConfigReader.Read(ConfigPath);
            var (merged, overrideProblems) = ApplyOverrides(config.Config);
            Config = merged;
            var byFile = Catalog.Diagnostics.Concat(config.Diagnostics).Concat(overrideProblems)
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

    private string OverridesKey() =>
        Overrides is null ? "" : string.Join(";", Overrides.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value}"));

    /// <summary>Settings win field by field; a bad date is reported against config.json and ignored.</summary>
    private (PrepCodeConfig Config, List<CurriculumDiagnostic> Problems) ApplyOverrides(PrepCodeConfig config)
    {
        var problems = new List<CurriculumDiagnostic>();
        foreach (var (id, o) in Overrides ?? new Dictionary<string, Contract.TrackOverride>())
        {
            var existing = config.Tracks.GetValueOrDefault(id);
            DateOnly? start = existing?.StartDate;
            if (o.StartDate is { } text)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)) start = d;
                else problems.Add(new CurriculumDiagnostic(ConfigPath, 1, 1, $"Setting prepcode.tracks.{id}.startDate '{text}' is not a date (yyyy-MM-dd); it is ignored.", Core.Notes.DiagnosticSeverity.Warning));
            }
            if (start is null) continue;                         // a track needs a start date to have a day number
            config = config.WithTrack(id, new TrackSettings(start.Value,
                Math.Max(0, o.AccelerationDays ?? existing?.AccelerationDays ?? 0), o.Active ?? existing?.Active ?? true));
        }
        return (config, problems);
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{path}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : $"{path}:-";
    }
}
