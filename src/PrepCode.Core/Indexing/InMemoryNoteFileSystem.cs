using System.Collections.Concurrent;

namespace PrepCode.Core.Indexing;

/// <summary>A workspace held in memory, for tests and benchmarks.</summary>
public sealed class InMemoryNoteFileSystem : INoteFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    public void Write(string path, byte[] bytes) => _files[path] = bytes;

    public bool Delete(string path) => _files.TryRemove(path, out _);

    public IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default) =>
        [.. _files.Where(f => f.Key.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new NoteFileInfo(f.Key))];

    public NoteFileInfo? GetInfo(string path) =>
        _files.ContainsKey(path) && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? new NoteFileInfo(path) : null;

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var f) ? f : throw new FileNotFoundException($"No note at {path}.", path);
}
