using System.Collections.Concurrent;

namespace PrepCode.Core.Indexing;

/// <summary>A workspace held in memory, for tests and benchmarks.</summary>
public sealed class InMemoryNoteFileSystem : INoteFileSystem
{
    private readonly ConcurrentDictionary<string, (byte[] Bytes, long Mtime)> _files = new(StringComparer.Ordinal);
    private long _tick = 1;

    public void Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    public void Write(string path, byte[] bytes) => _files[path] = (bytes, Interlocked.Increment(ref _tick));

    public bool Delete(string path) => _files.TryRemove(path, out _);

    public IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default) =>
        [.. _files.Where(f => f.Key.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new NoteFileInfo(f.Key, f.Value.Bytes.LongLength, f.Value.Mtime))];

    public NoteFileInfo? GetInfo(string path) =>
        _files.TryGetValue(path, out var f) && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? new NoteFileInfo(path, f.Bytes.LongLength, f.Mtime) : null;

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var f) ? f.Bytes : throw new FileNotFoundException($"No note at {path}.", path);
}
