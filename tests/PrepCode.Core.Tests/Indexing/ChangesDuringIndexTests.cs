using PrepCode.Core.Indexing;

namespace PrepCode.Core.Tests.Indexing;

/// <summary>A file created, changed or deleted while the first index walks the workspace (the server applies watched
/// file changes as they come) must not be lost when the walk's older reading is stored.</summary>
public class ChangesDuringIndexTests
{
    /// <summary>Holds <see cref="ReadAllBytes"/> of one path until released, so a test can change files mid-walk.</summary>
    private sealed class PausingFileSystem(InMemoryNoteFileSystem inner, string pauseAt) : INoteFileSystem
    {
        public readonly ManualResetEventSlim Reached = new();
        public readonly ManualResetEventSlim Release = new();

        public IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default) => inner.EnumerateNotes(cancellationToken);

        public NoteFileInfo? GetInfo(string path) => inner.GetInfo(path);

        public byte[] ReadAllBytes(string path)
        {
            var bytes = inner.ReadAllBytes(path);
            if (path == pauseAt && !Reached.IsSet)
            {
                Reached.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }
            return bytes;
        }
    }

    private static (InMemoryNoteFileSystem Files, PausingFileSystem Pausing, NoteWorkspace Workspace) Setup()
    {
        var files = new InMemoryNoteFileSystem();
        files.Write("a.md", "## Alpha\n\nQ1?::A1\n");
        files.Write("b.md", "## Beta\n\nQ2?::old answer\n");
        files.Write("c.md", "## Gamma\n\nQ3?::A3\n");
        var pausing = new PausingFileSystem(files, "b.md");
        return (files, pausing, new NoteWorkspace(pausing));
    }

    private static string[] Answers(NoteIndex index) => [.. index.Items.Where(i => i.Kind == StudyItemKind.Card).Select(i => i.Answer ?? "").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_note_created_changed_or_deleted_during_the_first_walk_keeps_the_change()
    {
        var (files, pausing, workspace) = Setup();
        var walk = Task.Run(() => workspace.IndexAll());
        Assert.True(pausing.Reached.Wait(TimeSpan.FromSeconds(30)));   // b.md read with its old text; walk paused

        files.Write("new.md", "## Delta\n\nQ4?::created mid-walk\n");
        workspace.RefreshFromDisk("new.md");
        files.Write("b.md", "## Beta\n\nQ2?::new answer\n");
        workspace.RefreshFromDisk("b.md");
        files.Delete("c.md");
        workspace.RefreshFromDisk("c.md");
        pausing.Release.Set();
        await walk;

        Assert.Equal(["A1", "created mid-walk", "new answer"], Answers(workspace.Snapshot));
        Assert.Null(workspace.Snapshot.Note("c.md"));
    }

    [Fact]
    public async Task A_reindex_keeps_changes_made_during_its_walk()
    {
        var (files, pausing, workspace) = Setup();
        pausing.Reached.Set();                                          // no pause on the first index
        workspace.IndexAll();
        pausing.Reached.Reset();

        var walk = Task.Run(() => workspace.IndexAll());
        Assert.True(pausing.Reached.Wait(TimeSpan.FromSeconds(30)));
        files.Write("b.md", "## Beta\n\nQ2?::new answer\n");
        workspace.RefreshFromDisk("b.md");
        files.Write("new.md", "## Delta\n\nQ4?::created mid-walk\n");
        workspace.RefreshFromDisk("new.md");
        pausing.Release.Set();
        await walk;

        Assert.Equal(["A1", "A3", "created mid-walk", "new answer"], Answers(workspace.Snapshot));
    }
}
