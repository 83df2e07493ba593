using System.Text.Json;
using PrepCode.Core.Indexing;

namespace PrepCode.Core.Tests.Indexing;

public class IncrementalIndexTests
{
    private static readonly string[] Headings = ["Adam optimizer", "Bias-variance", "Attention 🧠", "KV cache", "Practice", "Key points"];

    private static string RandomNote(Random rng)
    {
        var lines = new List<string>();
        if (rng.Next(3) == 0) lines.Add($"---\ndomain: D{rng.Next(3)}\n---");
        for (var h = 0; h < rng.Next(1, 4); h++)
        {
            var title = Headings[rng.Next(Headings.Length)];
            lines.Add($"## {title}{(rng.Next(4) == 0 ? $" {{#id{rng.Next(5)}}}" : "")}");
            for (var c = 0; c < rng.Next(0, 3); c++) lines.Add($"Question {rng.Next(6)}?::Answer {rng.Next(100)}");
            if (rng.Next(2) == 0) lines.Add($"- Why does item {rng.Next(4)} matter?");
            if (rng.Next(3) == 0) lines.Add("- [ ] a task");
        }
        return string.Join(rng.Next(2) == 0 ? "\n" : "\r\n", lines) + "\n";
    }

    private static string Dump(NoteIndex index) => JsonSerializer.Serialize(new
    {
        notes = index.Notes.Values.ToList(),
        items = index.Items.ToList(),
        ids = index.Items.Select(i => i.Id).OrderBy(i => i, StringComparer.Ordinal).ToList(),
    });

    [Fact]
    public void Random_edits_creations_renames_and_deletions_leave_the_same_index_as_a_full_rebuild()
    {
        var rng = new Random(20261122);
        var fs = new InMemoryNoteFileSystem();
        var workspace = new NoteWorkspace(fs);
        var paths = new List<string>();
        var most = 0;
        for (var step = 0; step < 300; step++)
        {
            var op = paths.Count == 0 ? 0 : rng.Next(5);
            string? touched = null, removed = null;
            switch (op)
            {
                case 0: // create
                    var path = $"notes/n{rng.Next(40)}.md";
                    fs.Write(path, RandomNote(rng));
                    if (!paths.Contains(path)) paths.Add(path);
                    touched = path;
                    break;
                case 1 or 2: // edit
                    touched = paths[rng.Next(paths.Count)];
                    fs.Write(touched, RandomNote(rng));
                    break;
                case 3: // rename (move)
                    var from = paths[rng.Next(paths.Count)];
                    var to = $"moved/m{rng.Next(40)}.md";
                    if (paths.Contains(to)) break;
                    fs.Write(to, fs.ReadAllBytes(from));
                    fs.Delete(from);
                    paths.Remove(from);
                    paths.Add(to);
                    workspace.RefreshFromDisk(from);
                    touched = to;
                    break;
                default: // delete
                    removed = paths[rng.Next(paths.Count)];
                    fs.Delete(removed);
                    paths.Remove(removed);
                    break;
            }
            if (touched is not null) workspace.RefreshFromDisk(touched);
            if (removed is not null) workspace.RefreshFromDisk(removed);

            var full = new NoteWorkspace(fs);
            full.IndexAll();
            Assert.Equal(Dump(full.Snapshot), Dump(workspace.Snapshot));
            most = Math.Max(most, workspace.Snapshot.Notes.Count);
        }
        Assert.True(most >= 5, $"the random walk only reached {most} notes");
    }

    [Fact]
    public void Unsaved_editor_text_wins_over_the_file_on_disk_until_the_editor_closes()
    {
        var fs = new InMemoryNoteFileSystem();
        fs.Write("a.md", "# Disk {#tp}\n\nq on disk:: a\n");
        var workspace = new NoteWorkspace(fs);
        workspace.IndexAll();

        workspace.UpdateOpenDocument("a.md", "# Buffer {#tp}\n\nq in buffer:: a\n", 1);
        fs.Write("a.md", "# Disk again {#tp}\n");
        workspace.RefreshFromDisk("a.md");               // watcher event while open: ignored
        workspace.IndexAll();                             // a full reindex keeps the buffer too
        Assert.Equal("Buffer", workspace.Snapshot.Find("tp")!.Title);
        Assert.Contains(workspace.Snapshot.ItemsOf("a.md"), i => i.Title == "q in buffer");

        workspace.UpdateOpenDocument("a.md", "# Older {#tp}\n", 0);   // a stale version is ignored
        Assert.Equal("Buffer", workspace.Snapshot.Find("tp")!.Title);

        workspace.CloseDocument("a.md");
        Assert.Equal("Disk again", workspace.Snapshot.Find("tp")!.Title);
    }

    [Fact]
    public void When_two_notes_claim_one_explicit_id_the_note_that_sorts_first_owns_it_whatever_the_order()
    {
        var fs = new InMemoryNoteFileSystem();
        var workspace = new NoteWorkspace(fs);
        fs.Write("b.md", "# From B {#dup}\n");
        workspace.RefreshFromDisk("b.md");
        fs.Write("a.md", "# From A {#dup}\n");
        workspace.RefreshFromDisk("a.md");
        Assert.Equal("From A", workspace.Snapshot.Find("dup")!.Title);
        fs.Delete("a.md");
        workspace.RefreshFromDisk("a.md");
        Assert.Equal("From B", workspace.Snapshot.Find("dup")!.Title);
    }
}
