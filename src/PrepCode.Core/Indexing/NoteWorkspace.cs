using System.Collections.Concurrent;
using System.Collections.Immutable;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>What an update changed, so callers can publish diagnostics and refresh views.</summary>
public sealed record WorkspaceChange(IReadOnlyList<string> Updated, IReadOnlyList<string> Removed)
{
    public static readonly WorkspaceChange None = new([], []);
    public bool IsEmpty => Updated.Count == 0 && Removed.Count == 0;
}

public sealed record IndexSummary(int Notes, int Items, int Diagnostics, int Reparsed);

/// <summary>
/// The single writer of the <see cref="NoteIndex"/> (DESIGN §2). Unsaved editor text (an overlay) wins over the file
/// on disk; disk changes to a note open in an editor are ignored until it closes. With an <see cref="INoteIndexStore"/>
/// the index is persisted: <see cref="IndexAll"/> takes the stored entry of each note whose file is unchanged and
/// parses only the rest; <see cref="SavePersistedIndex"/> then stores what it parsed.
/// The index keeps an <see cref="IndexedNote"/> and the study items of each note; <see cref="Document"/> parses a
/// note's full <see cref="NoteDocument"/> when a feature needs more.
/// </summary>
public sealed class NoteWorkspace(INoteFileSystem files, INoteIndexStore? persisted = null)
{
    /// <summary>A stored entry is used only for a file last written at least this long before the entry's notes were
    /// read: a file changed twice within one timestamp tick (or a coarse file system's 2 s) then never reads as unchanged.</summary>
    private static readonly long SettledTicks = 2 * TimeSpan.TicksPerSecond;

    private readonly Lock _writer = new();
    private readonly Dictionary<string, int> _overlayVersions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _overlayTexts = new(StringComparer.Ordinal);
    private volatile NoteIndex _index = NoteIndex.Empty;

    /// <summary>A note the last <see cref="IndexAll"/> parsed from disk, with the size and time the walk saw (-1: not read).</summary>
    private readonly record struct Unsaved(string Path, string ContentHash, long Size, long LastWriteTicks);

    /// <summary>What <see cref="SavePersistedIndex"/> writes and deletes (guarded by _writer).</summary>
    private sealed record PendingSave(long ReadTicks, List<Unsaved> Notes, List<string> Gone);

    private PendingSave? _unsaved;

    /// <summary>For each <see cref="IndexAll"/> under way, the paths refreshed from disk since its walk began: the walk
    /// may have read them before the change, so the index keeps the refreshed state of those (guarded by _writer).</summary>
    private readonly List<HashSet<string>> _walks = [];

    public NoteIndex Snapshot => _index;

    public INoteFileSystem Files => files;

    /// <summary>The editor's version of an open note, or null when the note is not open.</summary>
    public int? OpenVersion(string path)
    {
        lock (_writer) return _overlayVersions.TryGetValue(path, out var v) ? v : null;
    }

    /// <summary>The editor's text of an open note with its version, or null when the note is not open.</summary>
    public (string Text, int Version)? OpenDocument(string path)
    {
        lock (_writer) return _overlayTexts.TryGetValue(path, out var t) ? (t, _overlayVersions[path]) : null;
    }

    /// <summary>Walks the workspace, takes each unchanged note from the persisted index (when there is one), parses
    /// the others (in parallel) and builds the index. <see cref="IndexSummary.Reparsed"/>: the notes parsed.</summary>
    public IndexSummary IndexAll(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        lock (_writer) _walks.Add(touched);
        try { return IndexAll(touched, progress, cancellationToken); }
        finally { lock (_writer) _walks.Remove(touched); }
    }

    private IndexSummary IndexAll(HashSet<string> touched, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var readTicks = DateTime.UtcNow.Ticks;     // before any note is read
        var stored = persisted is not null && HasEntries(persisted);
        // Sizes and times only when stored entries can use them: the first walk stays names-only.
        var listed = stored ? files.EnumerateNotesWithTimes(cancellationToken) : files.EnumerateNotes(cancellationToken);
        var docs = new Parsed?[listed.Count];
        var gone = new List<string>();
        var restored = stored ? Restore(persisted!, listed, docs, gone, readTicks) : 0;
        if (restored > 0) progress?.Report((restored, listed.Count));

        var toParse = new List<int>(listed.Count - restored);
        for (int i = 0; i < docs.Length; i++) if (docs[i] is null) toParse.Add(i);
        var done = restored;
        var parsed = 0;
        Parallel.For(0, toParse.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var i = toParse[k];
            docs[i] = Load(listed[i]);
            if (docs[i] is not null) Interlocked.Increment(ref parsed);
            var n = Interlocked.Increment(ref done);
            if (n % 250 == 0 || n == listed.Count) progress?.Report((n, listed.Count));
        });
        var unsaved = new List<Unsaved>(parsed);
        foreach (var i in toParse)
            if (docs[i] is { } d) unsaved.Add(new Unsaved(listed[i].Path, d.Note.ContentHash, listed[i].Size, listed[i].LastWriteTicks));

        lock (_writer)
        {
            // The first index (nothing indexed but notes refreshed during this walk) is built in one pass; later
            // ones apply only what changed.
            _index = _index.Notes.Keys.All(touched.Contains) && _overlayVersions.Count == 0
                ? NoteIndex.Build(First(_index, docs, touched))
                : Merge(_index, docs, touched);
            if (persisted is not null) _unsaved = new PendingSave(readTicks, unsaved, gone);
        }
        var snapshot = _index;
        return new IndexSummary(snapshot.Notes.Count, snapshot.ItemCount, snapshot.Notes.Values.Sum(n => n.Diagnostics.Count), parsed);
    }

    private static bool HasEntries(INoteIndexStore store)
    {
        try { return store.HasNoteIndex(IndexCodec.Format); }
        catch (Exception e) when (e is not OutOfMemoryException) { return false; }
    }

    /// <summary>Fills <paramref name="docs"/> from the stored entries of unchanged files (same size and time, same
    /// format, written settled); lists in <paramref name="gone"/> the entries of notes no longer listed. Returns the
    /// count restored; an entry that does not decode is left to be parsed.</summary>
    private int Restore(INoteIndexStore store, IReadOnlyList<NoteFileInfo> listed, Parsed?[] docs, List<string> gone, long readTicks)
    {
        var at = new Dictionary<string, int>(listed.Count, StringComparer.Ordinal);
        for (int i = 0; i < listed.Count; i++) at[listed[i].Path] = i;
        var format = IndexCodec.Format;
        var restored = 0;
        // The store's thread reads the entries; the other cores decode them meanwhile (a bounded queue: few blobs held).
        using var queue = new System.Collections.Concurrent.BlockingCollection<(int At, string Path, byte[] Data, int Size)>(64);
        // Own threads, not the pool's: a busy pool would leave the reader blocked on a full queue.
        var decoders = new Task[Math.Max(1, Environment.ProcessorCount - 1)];
        for (int d = 0; d < decoders.Length; d++)
            decoders[d] = Task.Factory.StartNew(() =>
            {
                foreach (var (i, path, data, size) in queue.GetConsumingEnumerable())
                {
                    bool ok;
                    IndexedNote note;
                    ImmutableArray<StudyItem> items;
                    // Whatever goes wrong with one entry leaves that note to be parsed (and the queue drained).
                    try { ok = IndexCodec.TryDecode(path, data.AsSpan(0, size), Shared, out note, out items); }
                    catch (Exception) { continue; }
                    finally { System.Buffers.ArrayPool<byte>.Shared.Return(data); }
                    if (!ok) continue;
                    docs[i] = new Parsed(note, items);
                    Interlocked.Increment(ref restored);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            store.ReadNoteIndex(e =>
            {
                if (!at.TryGetValue(e.Path, out var i)) { gone.Add(e.Path); return false; }
                var file = listed[i];
                return e.Format == format && file.HasTimes && file.Size == e.Size && file.LastWriteTicks == e.LastWriteTicks
                    && e.LastWriteTicks <= e.ReadTicks - SettledTicks;
            },
            (e, stream) =>
            {
                var size = (int)stream.Length;
                var data = System.Buffers.ArrayPool<byte>.Shared.Rent(size);
                stream.ReadExactly(data, 0, size);
                queue.Add((at[e.Path], e.Path, data, size));
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // What was restored before the failure is valid; the rest is parsed. Gone entries stay until a later save.
            gone.Clear();
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(decoders);
        }
        return restored;
    }

    /// <summary>Writes the persisted entries of the notes the last <see cref="IndexAll"/> parsed (unless changed
    /// since, or open in an editor) and deletes those of notes gone, in one transaction, one note encoded at a time.
    /// Returns the count written; 0 without a store or when there is nothing new to write.</summary>
    public int SavePersistedIndex()
    {
        PendingSave? pending;
        lock (_writer) (pending, _unsaved) = (_unsaved, null);
        if (persisted is null || pending is null) return 0;
        var encoder = new IndexCodec.Encoder();
        var format = IndexCodec.Format;
        // After a names-only walk, one walk with times now (sorted by path, as the notes are); times read after the
        // read are safe too: a change made since is too recent to be served (SettledTicks).
        var times = pending.Notes.Exists(u => u.Size < 0) ? files.EnumerateNotesWithTimes() : null;
        var t = 0;
        (long, long) TimesOf(Unsaved u)
        {
            if (u.Size >= 0 && u.LastWriteTicks >= 0) return (u.Size, u.LastWriteTicks);
            while (times is not null && t < times.Count && string.CompareOrdinal(times[t].Path, u.Path) < 0) t++;
            return times is not null && t < times.Count && times[t].Path == u.Path && times[t].HasTimes
                ? (times[t].Size, times[t].LastWriteTicks) : (-1, -1);
        }
        IEnumerable<(PersistedNoteEntry, ReadOnlyMemory<byte>)> Entries()
        {
            foreach (var u in pending.Notes)
            {
                var snapshot = _index;
                if (OpenVersion(u.Path) is not null || snapshot.Note(u.Path) is not { } note || note.ContentHash != u.ContentHash) continue;
                var (size, ticks) = TimesOf(u);
                if (size < 0) continue;
                if (!encoder.TryEncode(note, snapshot.ItemsOf(u.Path))) continue;
                yield return (new PersistedNoteEntry(u.Path, size, ticks, pending.ReadTicks, format), encoder.Entry);
            }
        }
        return persisted.WriteNoteIndex(format, Entries(), pending.Gone);
    }

    /// <summary>The first index: the walk's notes, except those refreshed from disk meanwhile, which keep the state
    /// the refresh gave them (in <paramref name="current"/>, or gone).</summary>
    private static IEnumerable<(IndexedNote, ImmutableArray<StudyItem>)> First(NoteIndex current, Parsed?[] docs, HashSet<string> touched)
    {
        foreach (var doc in docs)
            if (doc is { } d && !touched.Contains(d.Note.Path)) yield return (d.Note, d.Items);
        foreach (var path in touched)
            if (current.Note(path) is { } note) yield return (note, [.. current.ItemsOf(path)]);
    }

    /// <summary>A later full index: applies what the walk found, except for open notes and notes refreshed from disk
    /// during the walk (the index already has their newer state).</summary>
    private NoteIndex Merge(NoteIndex index, Parsed?[] docs, HashSet<string> touched)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool Keep(string path) => _overlayVersions.ContainsKey(path) || touched.Contains(path);
        foreach (var doc in docs)
        {
            if (doc is not { Note: var note } parsed) continue;
            seen.Add(note.Path);
            if (Keep(note.Path)) continue;
            if (index.Note(note.Path)?.ContentHash != note.ContentHash) index = index.With(note, parsed.Items);
        }
        foreach (var gone in index.Notes.Keys.Where(p => !seen.Contains(p) && !Keep(p)).ToList())
            index = index.Without(gone);
        return index;
    }

    /// <summary>didOpen / didChange: the buffer's text replaces the note in the index.</summary>
    public WorkspaceChange UpdateOpenDocument(string path, string text, int version)
    {
        var doc = NoteParser.ParseForIndex(path, text);
        lock (_writer)
        {
            if (_overlayVersions.TryGetValue(path, out var current) && version < current) return WorkspaceChange.None;
            _overlayVersions[path] = version;
            _overlayTexts[path] = text;
            _index = _index.With(doc);
        }
        return new WorkspaceChange([path], []);
    }

    /// <summary>didClose: the note falls back to the file on disk (or leaves the index if the file is gone).</summary>
    public WorkspaceChange CloseDocument(string path)
    {
        lock (_writer)
        {
            _overlayVersions.Remove(path);
            _overlayTexts.Remove(path);
        }
        return RefreshFromDisk(path);
    }

    /// <summary>A file was created, changed or deleted outside the editor.</summary>
    public WorkspaceChange RefreshFromDisk(string path)
    {
        lock (_writer)
        {
            if (_overlayVersions.ContainsKey(path)) return WorkspaceChange.None;
            foreach (var walk in _walks) walk.Add(path);
        }
        var info = files.GetInfo(path);
        if (info is null)
        {
            lock (_writer)
            {
                if (_index.Note(path) is null) return WorkspaceChange.None;
                _index = _index.Without(path);
            }
            return new WorkspaceChange([], [path]);
        }
        if (Load(info) is not { } doc) return WorkspaceChange.None;
        lock (_writer)
        {
            if (_overlayVersions.ContainsKey(path)) return WorkspaceChange.None;
            _index = _index.With(doc.Note, doc.Items);
        }
        return new WorkspaceChange([path], []);
    }

    /// <summary>The full parse of an indexed note, from the editor's text when it is open, else from disk; null when
    /// the note is not in the index or cannot be read. Gives the same items as the index for the same text.</summary>
    public NoteDocument? Document(string path)
    {
        string? text;
        lock (_writer) text = _overlayTexts.GetValueOrDefault(path);
        if (text is not null) return NoteParser.Parse(path, text);
        if (_index.Note(path) is null) return null;
        try { return NoteParser.ParseBytes(path, files.ReadAllBytes(path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private readonly ConcurrentDictionary<string, FrontMatter> _frontMatters = new(StringComparer.Ordinal);

    /// <summary>One front matter object for notes whose front matter reads the same (thousands of notes name a few
    /// domains, tracks and tags); one without extra keys shares the empty dictionary.</summary>
    private FrontMatter Shared(FrontMatter fm)
    {
        if (fm.Extra.Count > 0) return fm;
        var key = string.Join('\u0001', [fm.Id, fm.Domain, fm.Weight?.ToString("R", System.Globalization.CultureInfo.InvariantCulture), fm.Track,
            fm.Prep ? "1" : "0", fm.PrepPlan ? "1" : "0", .. fm.Tags]);
        return _frontMatters.GetOrAdd(key, _ => fm with { Extra = FrontMatter.Empty.Extra });
    }

    private readonly record struct Parsed(IndexedNote Note, ImmutableArray<StudyItem> Items);

    /// <summary>Reads and parses one note, keeping only what the index holds (the document is dropped here).</summary>
    private Parsed? Load(NoteFileInfo info)
    {
        byte[] bytes;
        try { bytes = files.ReadAllBytes(info.Path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        var doc = NoteParser.ParseBytesForIndex(info.Path, bytes);
        doc = doc with { FrontMatter = Shared(doc.FrontMatter) };
        return new Parsed(IndexedNote.From(doc), [.. StudyItemExtractor.Extract(doc)]);
    }
}
