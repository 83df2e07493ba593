using MAB.DotIgnore;
using Microsoft.Extensions.FileSystemGlobbing;
using GlobMatcher = Microsoft.Extensions.FileSystemGlobbing.Matcher;

namespace PrepCode.Core.Indexing;

/// <summary>
/// Notes in a folder on disk: files matching the include globs (default <c>**/*.md</c>), minus the exclude globs,
/// minus what .gitignore files (root and nested) ignore, never under .git, node_modules or .prepcode.
/// </summary>
public sealed class DiskNoteFileSystem : INoteFileSystem
{
    private static readonly HashSet<string> AlwaysSkipped = new(StringComparer.Ordinal) { ".git", "node_modules", ".prepcode" };
    private readonly GlobMatcher _matcher = new(StringComparison.Ordinal);

    public DiskNoteFileSystem(string root, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null)
    {
        Paths = new WorkspacePaths(root);
        _matcher.AddIncludePatterns(include is { Count: > 0 } ? include : ["**/*.md"]);
        if (exclude is not null) _matcher.AddExcludePatterns(exclude);
    }

    public WorkspacePaths Paths { get; }

    public IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default)
    {
        var result = new List<NoteFileInfo>();
        Walk(new DirectoryInfo(Paths.Root), "", [], result, cancellationToken);
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    public NoteFileInfo? GetInfo(string path)
    {
        var relative = Paths.ToRelative(path);
        if (!IsIndexed(relative)) return null;
        var file = new FileInfo(Paths.ToAbsolute(relative));
        return file.Exists ? new NoteFileInfo(relative, file.Length, file.LastWriteTimeUtc.Ticks) : null;
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Paths.ToAbsolute(Paths.ToRelative(path)));

    /// <summary>True when <paramref name="relative"/> is a note this workspace indexes (globs, skipped folders, .gitignore).</summary>
    public bool IsIndexed(string relative)
    {
        var parts = relative.Split('/');
        if (parts.Take(parts.Length - 1).Any(AlwaysSkipped.Contains)) return false;
        if (!_matcher.Match(relative).HasMatches) return false;
        // Check each .gitignore from the root down to the file's folder.
        var dir = Paths.Root;
        for (var i = 0; i < parts.Length; i++)
        {
            var ignore = LoadIgnore(dir);
            var rest = string.Join('/', parts.Skip(i));
            if (ignore is not null && IsIgnoredAlongPath(ignore, rest)) return false;
            if (i < parts.Length - 1) dir = Path.Combine(dir, parts[i]);
        }
        return true;
    }

    private void Walk(DirectoryInfo dir, string prefix, List<(string Prefix, IgnoreList List)> ignores, List<NoteFileInfo> result, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var own = LoadIgnore(dir.FullName);
        var active = own is null ? ignores : [.. ignores, (prefix, own)];
        IEnumerable<FileSystemInfo> entries;
        try { entries = dir.EnumerateFileSystemInfos(); }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException) { return; }
        foreach (var entry in entries)
        {
            if (entry.LinkTarget is not null && entry is DirectoryInfo) continue; // no symlink loops
            var rel = prefix + entry.Name;
            var isDir = entry is DirectoryInfo;
            if (isDir && AlwaysSkipped.Contains(entry.Name)) continue;
            if (active.Any(a => a.List.IsIgnored(rel[a.Prefix.Length..], isDir))) continue;
            if (entry is DirectoryInfo sub) Walk(sub, rel + "/", active, result, ct);
            else if (entry is FileInfo file && _matcher.Match(rel).HasMatches)
                result.Add(new NoteFileInfo(rel, file.Length, file.LastWriteTimeUtc.Ticks));
        }
    }

    private static bool IsIgnoredAlongPath(IgnoreList ignore, string relative)
    {
        var parts = relative.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            if (ignore.IsIgnored(string.Join('/', parts.Take(i)), i < parts.Length)) return true;
        }
        return false;
    }

    private static IgnoreList? LoadIgnore(string dir)
    {
        var path = Path.Combine(dir, ".gitignore");
        try { return File.Exists(path) ? new IgnoreList(path) : null; }
        catch (IOException) { return null; }
    }
}
