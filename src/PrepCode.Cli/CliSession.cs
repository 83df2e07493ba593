using PrepCode.Core.Curricula;
using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Cli;

/// <summary>Opens a workspace folder the way the extension does: same database (.prepcode/prepcode.db), same index.</summary>
internal sealed class CliSession : IDisposable
{
    private CliSession(string root, StudyStore store, NoteWorkspace workspace, StudyService study, IndexSummary summary)
    {
        Root = root;
        Store = store;
        Workspace = workspace;
        Study = study;
        Summary = summary;
    }

    public string Root { get; }
    public StudyStore Store { get; }
    public NoteWorkspace Workspace { get; }
    public StudyService Study { get; }
    public IndexSummary Summary { get; }

    public static CliSession Open(CliOptions o, int folderIndex = 0)
    {
        var root = o.Folder(folderIndex);
        if (!Directory.Exists(root)) throw new CliException($"No folder {root}.");
        var dbPath = o.Get("db") ?? Path.Combine(root, ".prepcode", "prepcode.db");
        var store = StudyStore.Open(dbPath);
        var workspace = new NoteWorkspace(new DiskNoteFileSystem(root), store);
        var summary = workspace.IndexAll();
        var (scheduler, byGroup) = Schedulers(o.Get("scheduler") ?? "sm2");
        var calendar = StudyCalendar.Create(o.Get("time-zone"), o.Named.ContainsKey("day-start-hour") ? o.GetInt("day-start-hour", 4) : null);
        var settings = new StudySettings(scheduler, PercentToQualityTable.Default, calendar, o.GetInt("upcoming", 7), byGroup);
        var study = new StudyService(workspace, store, o.Clock(), settings) { Groups = CliTrackGroups.Load(o, root) };
        study.MigrateSectionKeys();
        study.ReattachMovedItems();
        return new CliSession(root, store, workspace, study, summary);
    }

    /// <summary><c>--scheduler fsrs</c> for every group, or <c>--scheduler ML=fsrs,SWE=sm2</c> (a group not named: sm2).</summary>
    private static (IScheduler All, IReadOnlyDictionary<TrackGroup, IScheduler>? ByGroup) Schedulers(string text)
    {
        FsrsSchedulerChoice? fsrs = null;
        IScheduler Named(string name) => name switch
        {
            "sm2" => new Sm2Scheduler(),
            "fixed" => FixedIntervalScheduler.Default,
            "fsrs" => fsrs ??= new FsrsSchedulerChoice(),
            var s => throw new CliException($"Unknown scheduler '{s}': use sm2, fsrs or fixed."),
        };
        if (!text.Contains('=', StringComparison.Ordinal)) return (Named(text), null);
        var byGroup = new Dictionary<TrackGroup, IScheduler>();
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !CurriculumRules.TryParseGroup(parts[0], out var group))
                throw new CliException($"--scheduler '{pair}': write GROUP=NAME with GROUP ML or SWE, e.g. ML=fsrs,SWE=sm2.");
            byGroup[group] = Named(parts[1]);
        }
        return (Named("sm2"), byGroup);
    }

    /// <summary>Stores the notes this run parsed (the persisted index), then closes the database.</summary>
    public void Dispose()
    {
        try { Workspace.SavePersistedIndex(); }
        catch (Exception e) when (e is not OutOfMemoryException) { }   // those notes are parsed again next time
        Store.Dispose();
    }
}
