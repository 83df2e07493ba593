using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;
using PrepCode.Server.Contract;

namespace PrepCode.Server.Hosting;

/// <summary>
/// Everything one workspace session owns: settings, store, workspace index and study service. Created by
/// <c>initialize</c>; settings changes replace parts of it. Handlers reach it through <see cref="Require"/>.
/// </summary>
internal sealed class ServerSession : IDisposable
{
    private readonly TaskCompletionSource _indexed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerSession(WorkspacePaths paths, PrepCodeSettings settings, StudyStore store, NoteWorkspace workspace, StudyService study)
    {
        Paths = paths;
        Settings = settings;
        Store = store;
        Workspace = workspace;
        Study = study;
        Tracks = new TrackState(paths.Root) { Overrides = settings.Tracks };
        Tracks.Refresh(settings.CurriculaPath);
        Study.TrackFilter = Tracks.IsVisible;
        Study.Groups = Tracks;
    }

    /// <summary>Curricula, track settings and the active track group (which filters the due items).</summary>
    public TrackState Tracks { get; }

    public WorkspacePaths Paths { get; }
    public PrepCodeSettings Settings { get; private set; }
    public StudyStore Store { get; private set; }
    public NoteWorkspace Workspace { get; private set; }
    public StudyService Study { get; private set; }

    /// <summary>Completes when the first full index is done.</summary>
    public Task Indexed => _indexed.Task;

    public static ServerSession Create(string root, PrepCodeSettings settings)
    {
        var paths = new WorkspacePaths(root);
        var store = StudyStore.Open(SettingsMapper.DatabasePath(paths.Root, settings));
        var workspace = new NoteWorkspace(new DiskNoteFileSystem(paths.Root, settings.Include, settings.Exclude), store);
        var study = new StudyService(workspace, store, SettingsMapper.ToClock(settings), SettingsMapper.ToStudySettings(settings));
        return new ServerSession(paths, settings, store, workspace, study);
    }

    /// <summary>Applies new settings. Returns true when the notes must be indexed again (globs or database changed).</summary>
    public bool Apply(PrepCodeSettings next)
    {
        var studySettings = SettingsMapper.ToStudySettings(next); // validate before changing anything
        var clock = SettingsMapper.ToClock(next);
        var reindex = !SameList(next.Include, Settings.Include) || !SameList(next.Exclude, Settings.Exclude)
            || SettingsMapper.DatabasePath(Paths.Root, next) != SettingsMapper.DatabasePath(Paths.Root, Settings);
        if (reindex)
        {
            var store = StudyStore.Open(SettingsMapper.DatabasePath(Paths.Root, next));
            Store.Dispose();
            Store = store;
            Workspace = new NoteWorkspace(new DiskNoteFileSystem(Paths.Root, next.Include, next.Exclude), store);
        }
        Study = reindex || clock is FixedClock || Settings.Now != next.Now
            ? new StudyService(Workspace, Store, clock, studySettings)
            : Study;
        Study.Settings = studySettings;
        Study.TrackFilter = Tracks.IsVisible;
        Study.Groups = Tracks;
        Tracks.Overrides = next.Tracks;
        Tracks.Refresh(next.CurriculaPath);
        Settings = next;
        return reindex;
    }

    public IndexSummary IndexAll(IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        try
        {
            var summary = Workspace.IndexAll(progress, ct);
            var moved = Study.MigrateSectionKeys() + Study.ReattachMovedItems();
            if (moved > 0) Log.Info($"re-attached review history of {moved} renamed or moved item(s)");
            return summary;
        }
        finally
        {
            _indexed.TrySetResult();
        }
    }

    /// <summary>Stores the notes the last full index parsed (<see cref="NoteWorkspace.SavePersistedIndex"/>); a failure
    /// is logged, never thrown: those notes are parsed again on the next start.</summary>
    public void SaveIndex()
    {
        try
        {
            var started = DateTimeOffset.UtcNow;
            var written = Workspace.SavePersistedIndex();
            Log.Info($"persisted {written} notes of the index in {(DateTimeOffset.UtcNow - started).TotalMilliseconds:F0} ms");
        }
        catch (Exception e)
        {
            Log.Error("could not persist the index", e);
        }
    }

    public DueCounts Counts()
    {
        return DtoMapper.Counts(Study.Due(newLimit: 0, limit: 0));
    }

    /// <summary>Workspace-relative path of a document URI; throws <see cref="OutsideWorkspaceException"/> outside the root.</summary>
    public string RelativePath(string uri) => Paths.ToRelative(UriToPath(uri));

    public string ToUri(string relative) => new Uri(Paths.ToAbsolute(relative)).AbsoluteUri;

    public static string UriToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var u) && u.IsFile ? u.LocalPath : uri;

    public void Dispose() => Store.Dispose();

    private static bool SameList(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        (a ?? []).SequenceEqual(b ?? []);
}
