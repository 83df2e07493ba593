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
        var workspace = new NoteWorkspace(new DiskNoteFileSystem(root));
        var summary = workspace.IndexAll();
        IScheduler scheduler = (o.Get("scheduler") ?? "sm2") switch
        {
            "sm2" => new Sm2Scheduler(),
            "fixed" => FixedIntervalScheduler.Default,
            "fsrs" => new FsrsSchedulerChoice(),
            var s => throw new CliException($"Unknown scheduler '{s}': use sm2, fsrs or fixed."),
        };
        var calendar = StudyCalendar.Create(o.Get("time-zone"), o.Named.ContainsKey("day-start-hour") ? o.GetInt("day-start-hour", 4) : null);
        var settings = new StudySettings(scheduler, PercentToQualityTable.Default, calendar, o.GetInt("upcoming", 7));
        var study = new StudyService(workspace, store, o.Clock(), settings);
        study.ReattachMovedItems();
        return new CliSession(root, store, workspace, study, summary);
    }

    public void Dispose() => Store.Dispose();
}
