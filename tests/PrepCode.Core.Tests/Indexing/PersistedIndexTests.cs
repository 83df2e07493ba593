using System.Text.Json;
using Microsoft.Data.Sqlite;
using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Tests.Indexing;

/// <summary>The persisted index (DESIGN §2): a restart parses only notes whose file changed, and gives the index a
/// full parse gives.</summary>
public sealed class PersistedIndexTests : IDisposable
{
    private static readonly DateTime Old = DateTime.UtcNow.AddHours(-1);
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "fixtures", "notes");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "prepcode-persist-" + Guid.NewGuid().ToString("N"));
    private string DbPath => Path.Combine(_dir, "prepcode.db");

    public PersistedIndexTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    /// <summary>Every note's fields and every item's public properties, per note.</summary>
    private static string Dump(NoteIndex index) => JsonSerializer.Serialize(new
    {
        notes = index.Notes.Values.ToList(),
        items = index.Notes.Keys.Select(p => index.ItemsOf(p).ToList()).ToList(),
        owned = index.Items.Select(i => i.Id).ToList(),
    });

    private static string FullParse(INoteFileSystem files)
    {
        var ws = new NoteWorkspace(files);
        ws.IndexAll();
        return Dump(ws.Snapshot);
    }

    /// <summary>The fixtures (front matter with extra keys, CRLF, diagnostics, plan and excluded notes) and notes
    /// with plain (non-compact) items, all written an hour ago.</summary>
    private static InMemoryNoteFileSystem Workspace()
    {
        var fs = new InMemoryNoteFileSystem();
        foreach (var file in Directory.GetFiles(Fixtures, "*.md"))
            fs.Write("notes/" + Path.GetFileName(file), File.ReadAllBytes(file), Old);
        for (var i = 0; i < 30; i++)
            fs.Write($"gen/n{i:D2}.md", $"---\ndomain: D{i % 3}\ntrack: t{i % 2}\n---\n## Topic {i} {{#t{i}}}\n\nQ{i}?::A{i}\n\nFront {i}:::Back {i}\n\n### Key points\n- point {i}\n\n### Practice questions\n- Why {i}?\n", Old);
        return fs;
    }

    private static (NoteWorkspace Workspace, IndexSummary Summary) Start(INoteFileSystem fs, INoteIndexStore store)
    {
        var ws = new NoteWorkspace(fs, store);
        var summary = ws.IndexAll();
        return (ws, summary);
    }

    private static int Entries(INoteIndexStore store)
    {
        var n = 0;
        store.ReadNoteIndex(_ => { n++; return false; }, (_, _) => { });
        return n;
    }

    private void Sql(string sql)
    {
        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void Corrupt(string path, Func<byte[], byte[]> change)
    {
        using var db = new SqliteConnection($"Data Source={DbPath};Pooling=false");
        db.Open();
        using var read = db.CreateCommand();
        read.CommandText = "SELECT data FROM note_index WHERE path = $p";
        read.Parameters.AddWithValue("$p", path);
        var data = (byte[])read.ExecuteScalar()!;
        using var write = db.CreateCommand();
        write.CommandText = "UPDATE note_index SET data = $d WHERE path = $p";
        write.Parameters.AddWithValue("$p", path);
        write.Parameters.AddWithValue("$d", change(data));
        Assert.Equal(1, write.ExecuteNonQuery());
    }

    [Fact]
    public void A_restart_with_unchanged_files_parses_nothing_and_gives_the_index_of_a_full_parse()
    {
        var fs = Workspace();
        using var store = StudyStore.Open(":memory:");
        var (first, summary) = Start(fs, store);
        Assert.Equal(fs.EnumerateNotes().Count, summary.Reparsed);
        Assert.Equal(summary.Notes, first.SavePersistedIndex());
        Assert.Equal(0, first.SavePersistedIndex());               // nothing new

        var (second, again) = Start(fs, store);
        Assert.Equal(0, again.Reparsed);
        Assert.Equal((summary.Notes, summary.Items, summary.Diagnostics), (again.Notes, again.Items, again.Diagnostics));
        Assert.True(again.Diagnostics > 0 && again.Items > 60);
        Assert.Equal(FullParse(fs), Dump(second.Snapshot));
        // Restored items stay compact, like parsed ones.
        foreach (var path in first.Snapshot.Notes.Keys)
            Assert.Equal(first.Snapshot.ItemsOf(path).Select(i => i.IsCompact), second.Snapshot.ItemsOf(path).Select(i => i.IsCompact));
        Assert.Contains(second.Snapshot.Items, i => i.IsCompact);
        Assert.Equal(0, second.SavePersistedIndex());
    }

    [Fact]
    public void A_file_changed_in_size_or_time_is_parsed_again()
    {
        var fs = Workspace();
        using var store = StudyStore.Open(":memory:");
        Start(fs, store).Workspace.SavePersistedIndex();
        fs.Write("gen/n01.md", "## Changed {#changed}\n\nNew?::Answer\n", Old);                 // size
        fs.SetLastWriteTime("gen/n02.md", Old.AddSeconds(-30));                                 // time only
        var bytes = fs.ReadAllBytes("gen/n03.md");
        fs.Write("gen/n03.md", [.. bytes[..^2], (byte)'X', (byte)'\n'], Old.AddSeconds(1));    // same size, new time

        var (ws, summary) = Start(fs, store);
        Assert.Equal(3, summary.Reparsed);
        Assert.Equal(FullParse(fs), Dump(ws.Snapshot));
        Assert.NotNull(ws.Snapshot.Find("changed"));
        Assert.Equal(3, ws.SavePersistedIndex());
        Assert.Equal(0, Start(fs, store).Summary.Reparsed);
    }

    [Fact]
    public void A_deleted_file_leaves_the_index_and_its_entry_is_deleted()
    {
        var fs = Workspace();
        using var store = StudyStore.Open(":memory:");
        var count = Start(fs, store).Workspace.SavePersistedIndex();
        fs.Delete("gen/n04.md");

        var (ws, summary) = Start(fs, store);
        Assert.Equal(0, summary.Reparsed);
        Assert.Null(ws.Snapshot.Note("gen/n04.md"));
        Assert.Null(ws.Snapshot.Find("t4"));
        Assert.Equal(FullParse(fs), Dump(ws.Snapshot));
        ws.SavePersistedIndex();
        Assert.Equal(count - 1, Entries(store));
    }

    [Fact]
    public void A_new_file_is_parsed()
    {
        var fs = Workspace();
        using var store = StudyStore.Open(":memory:");
        Start(fs, store).Workspace.SavePersistedIndex();
        fs.Write("gen/new.md", "## Brand new {#brand-new}\n\nQ?::A\n", Old);

        var (ws, summary) = Start(fs, store);
        Assert.Equal(1, summary.Reparsed);
        Assert.NotNull(ws.Snapshot.Find("brand-new"));
        Assert.Equal(FullParse(fs), Dump(ws.Snapshot));
    }

    [Fact]
    public void A_corrupt_entry_is_parsed_from_disk()
    {
        var fs = Workspace();
        using (var store = StudyStore.Open(DbPath)) Start(fs, store).Workspace.SavePersistedIndex();
        Corrupt("gen/n05.md", d => d[..20]);
        Corrupt("gen/n06.md", _ => new byte[3]);
        Corrupt("gen/n07.md", d => { d[d.Length / 2] ^= 1; return d; });     // one bit: same length, checksum off

        using var reopened = StudyStore.Open(DbPath);
        var (ws, summary) = Start(fs, reopened);
        Assert.Equal(3, summary.Reparsed);
        Assert.Equal(FullParse(fs), Dump(ws.Snapshot));
    }

    [Fact]
    public void Any_damaged_byte_of_an_entry_is_detected()
    {
        var fs = new InMemoryNoteFileSystem();
        fs.Write("a.md", "---\ndomain: ML\nowner: Sam\n---\n## Adam {#adam}\n\nQ?::A\n\n### Key points\n- kp\n", Old);
        var ws = new NoteWorkspace(fs);
        ws.IndexAll();
        var data = IndexCodec.Encode(ws.Snapshot.Note("a.md")!, ws.Snapshot.ItemsOf("a.md"))!;
        Assert.True(IndexCodec.TryDecode("a.md", data, f => f, out _, out _));
        Assert.False(IndexCodec.TryDecode("b.md", data, f => f, out _, out _));
        for (var i = 0; i < data.Length; i++)
        {
            var bad = (byte[])data.Clone();
            bad[i] ^= 0x10;
            Assert.False(IndexCodec.TryDecode("a.md", bad, f => f, out _, out _));
            Assert.False(IndexCodec.TryDecode("a.md", data[..i], f => f, out _, out _));
        }
    }

    [Fact]
    public void Plain_items_round_trip_and_texts_that_cannot_be_stored_exactly_are_parsed_every_time()
    {
        // Editor text can hold a lone surrogate (a file cannot: UTF-8 never decodes to one); such a note is not stored.
        var odd = NoteParser.Parse("odd.md", "## Lone \uD800 surrogate {#odd}\n\nQ?::A\n");
        Assert.Null(IndexCodec.Encode(IndexedNote.From(odd), StudyItemExtractor.Extract(odd)));

        var fs = Workspace();
        var first = new NoteWorkspace(fs);
        first.IndexAll();

        var note = first.Snapshot.Note("gen/n00.md")!;
        StudyItem[] plain =
        [
            new("p1", StudyItemKind.Topic, "gen/n00.md", "Title", "• a", "parent", new(new(1, 2), new(3, 4)), "D", null, ["a"], ["why?"], "tk", "ck"),
            new("p2", StudyItemKind.Card, "elsewhere.md", "Q", null, null, default, null, "t", [], [], "card:x", "card:y"),
            first.Snapshot.ItemsOf("gen/n00.md")[0] with { Answer = "given" },
        ];
        var data = IndexCodec.Encode(note, plain)!;
        Assert.True(IndexCodec.TryDecode("gen/n00.md", data, f => f, out var back, out var items));
        Assert.Equal(JsonSerializer.Serialize(note), JsonSerializer.Serialize(back));
        Assert.Equal(JsonSerializer.Serialize(plain), JsonSerializer.Serialize(items));
    }

    [Fact]
    public void A_format_change_ignores_every_entry()
    {
        var fs = Workspace();
        int count;
        using (var store = StudyStore.Open(DbPath)) count = Start(fs, store).Workspace.SavePersistedIndex();
        Sql("UPDATE note_index SET format = 'an older build' WHERE path LIKE 'gen/%'");

        using var reopened = StudyStore.Open(DbPath);
        var (ws, summary) = Start(fs, reopened);
        Assert.Equal(30, summary.Reparsed);
        Sql("UPDATE note_index SET format = 'an older build'");
        (ws, summary) = Start(fs, reopened);
        Assert.Equal(count, summary.Reparsed);
        Assert.Equal(FullParse(fs), Dump(ws.Snapshot));
        Assert.Equal(count, ws.SavePersistedIndex());
        var formats = new HashSet<string>();
        reopened.ReadNoteIndex(e => formats.Add(e.Format) && false, (_, _) => { });
        Assert.Equal([IndexCodec.Format], formats);
    }

    [Fact]
    public void A_file_written_within_2_s_of_its_entry_is_parsed_again()
    {
        var fs = Workspace();
        fs.Write("gen/fresh.md", "## Fresh {#fresh}\n\nQ?::A\n");                 // written now
        fs.Write("gen/almost.md", "## Almost {#almost}\n\nQ?::A\n", DateTime.UtcNow.AddSeconds(-1));
        using var store = StudyStore.Open(":memory:");
        Start(fs, store).Workspace.SavePersistedIndex();

        var (ws, summary) = Start(fs, store);
        Assert.Equal(2, summary.Reparsed);
        Assert.Equal(FullParse(fs), Dump(ws.Snapshot));
    }

    [Fact]
    public void An_open_document_keeps_its_editor_text_over_the_stored_entry_and_is_not_stored()
    {
        var fs = Workspace();
        using var store = StudyStore.Open(":memory:");
        Start(fs, store).Workspace.SavePersistedIndex();
        fs.Write("gen/n08.md", "## On disk now {#disk}\n\nQ?::A\n", Old);

        var ws = new NoteWorkspace(fs, store);
        ws.UpdateOpenDocument("gen/n08.md", "## In the buffer {#buffer}\n", 1);
        Assert.Equal(1, ws.IndexAll().Reparsed);
        Assert.NotNull(ws.Snapshot.Find("buffer"));
        Assert.Null(ws.Snapshot.Find("disk"));
        Assert.Equal(0, ws.SavePersistedIndex());
        Assert.Equal(1, Start(fs, store).Summary.Reparsed);
    }

    [Fact]
    public void A_restart_from_disk_parses_only_the_changed_note()
    {
        var root = Path.Combine(_dir, "notes");
        Directory.CreateDirectory(root);
        foreach (var file in Directory.GetFiles(Fixtures, "*.md"))
        {
            var to = Path.Combine(root, Path.GetFileName(file));
            File.Copy(file, to);
            File.SetLastWriteTimeUtc(to, Old);
        }
        var disk = new DiskNoteFileSystem(root);
        using (var store = StudyStore.Open(DbPath))
        {
            var (ws, summary) = Start(disk, store);
            Assert.True(summary.Reparsed >= 7);
            Assert.Equal(summary.Notes, ws.SavePersistedIndex());
        }
        using (var store = StudyStore.Open(DbPath))
        {
            var (ws, summary) = Start(disk, store);
            Assert.Equal(0, summary.Reparsed);
            Assert.Equal(FullParse(disk), Dump(ws.Snapshot));
        }
        File.AppendAllText(Path.Combine(root, "ml-week1.md"), "\n## Appended {#appended}\n\nQ?::A\n");
        File.SetLastWriteTimeUtc(Path.Combine(root, "ml-week1.md"), Old.AddMinutes(1));
        using (var store = StudyStore.Open(DbPath))
        {
            var (ws, summary) = Start(disk, store);
            Assert.Equal(1, summary.Reparsed);
            Assert.Equal(FullParse(disk), Dump(ws.Snapshot));
        }
    }

    [Fact]
    public void A_large_write_leaves_no_large_wal_file_behind()
    {
        using var store = StudyStore.Open(DbPath);
        var data = new byte[10_000];
        var entries = Enumerable.Range(0, 1000).Select(i =>
            (new PersistedNoteEntry($"n{i}.md", 1, 1, 1, "f"), (ReadOnlyMemory<byte>)data));
        Assert.Equal(1000, store.WriteNoteIndex("f", entries, []));
        var wal = new FileInfo(DbPath + "-wal");
        Assert.True(!wal.Exists || wal.Length < 1_000_000, $"WAL of {wal.Length} bytes after writing 10 MB");
        Assert.True(new FileInfo(DbPath).Length > 10_000_000);                           // the entries are in the database
    }
}
