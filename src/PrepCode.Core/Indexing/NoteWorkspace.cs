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
/// on disk; disk changes to a note open in an editor are ignored until it closes. Every start parses every note:
/// a cache of whole parsed documents was slower than parsing (bench/README.md); a compact one is future work.
/// The index keeps an <see cref="IndexedNote"/> and the study items of each note; <see cref="Document"/> parses a
/// note's full <see cref="NoteDocument"/> when a feature needs more.
/// </summary>
public sealed class NoteWorkspace(INoteFileSystem files)
{
    private readonly Lock _writer = new();
    private readonly Dictionary<string, int> _overlayVersions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _overlayTexts = new(StringComparer.Ordinal);
    private volatile NoteIndex _index = NoteIndex.Empty;
    private int _parsed;

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

    /// <summary>Walks the workspace, parses every note (in parallel) and builds the index.</summary>
    public IndexSummary IndexAll(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        lock (_writer) _walks.Add(touched);
        try { return IndexAll(touched, progress, cancellationToken); }
        finally { lock (_writer) _walks.Remove(touched); }
    }

    private IndexSummary IndexAll(HashSet<string> touched, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var listed = files.EnumerateNotes(cancellationToken);
        var docs = new Parsed?[listed.Count];
        var done = 0;
        _parsed = 0;
        Parallel.For(0, listed.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            docs[i] = Load(listed[i]);
            var n = Interlocked.Increment(ref done);
            if (n % 250 == 0 || n == listed.Count) progress?.Report((n, listed.Count));
        });

        lock (_writer)
        {
            // The first index (nothing indexed but notes refreshed during this walk) is built in one pass; later
            // ones apply only what changed.
            _index = _index.Notes.Keys.All(touched.Contains) && _overlayVersions.Count == 0
                ? NoteIndex.Build(First(_index, docs, touched))
                : Merge(_index, docs, touched);
        }
        var snapshot = _index;
        return new IndexSummary(snapshot.Notes.Count, snapshot.ItemCount, snapshot.Notes.Values.Sum(n => n.Diagnostics.Count), _parsed);
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
        var doc = NoteParser.Parse(path, text);
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
        var doc = NoteParser.ParseBytes(info.Path, bytes);
        Interlocked.Increment(ref _parsed);
        doc = doc with { FrontMatter = Shared(doc.FrontMatter) };
        return new Parsed(IndexedNote.From(doc), [.. StudyItemExtractor.Extract(doc)]);
    }
}
