using System.Collections.Concurrent;

namespace PrepCode.Core.Indexing;

/// <summary>A workspace held in memory, for tests and benchmarks. A write sets the file's time to now unless given.</summary>
public sealed class InMemoryNoteFileSystem : INoteFileSystem
{
    private readonly ConcurrentDictionary<string, (byte[] Bytes, long Ticks)> _files = new(StringComparer.Ordinal);

    public void Write(string path, string text, DateTime? lastWriteUtc = null) =>
        Write(path, System.Text.Encoding.UTF8.GetBytes(text), lastWriteUtc);

    public void Write(string path, byte[] bytes, DateTime? lastWriteUtc = null) =>
        _files[path] = (bytes, (lastWriteUtc ?? DateTime.UtcNow).ToUniversalTime().Ticks);

    /// <summary>Sets a file's last-write time (UTC), as <c>touch</c> does.</summary>
    public void SetLastWriteTime(string path, DateTime lastWriteUtc) =>
        _files[path] = (_files[path].Bytes, lastWriteUtc.ToUniversalTime().Ticks);

    public bool Delete(string path) => _files.TryRemove(path, out _);

    public IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default) =>
        [.. _files.Where(f => IsNote(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new NoteFileInfo(f.Key))];

    public IReadOnlyList<NoteFileInfo> EnumerateNotesWithTimes(CancellationToken cancellationToken = default) =>
        [.. _files.Where(f => IsNote(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new NoteFileInfo(f.Key, f.Value.Bytes.Length, f.Value.Ticks))];

    public NoteFileInfo? GetInfo(string path) =>
        _files.TryGetValue(path, out var f) && IsNote(path) ? new NoteFileInfo(path, f.Bytes.Length, f.Ticks) : null;

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var f) ? f.Bytes : throw new FileNotFoundException($"No note at {path}.", path);

    private static bool IsNote(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
