using System.IO.Enumeration;
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

    /// <summary>True with the default globs (every <c>*.md</c>, nothing excluded): then a name check replaces the
    /// glob matcher, which builds a directory tree per call.</summary>
    private readonly bool _everyMarkdownFile;

    public DiskNoteFileSystem(string root, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null)
    {
        Paths = new WorkspacePaths(root);
        _everyMarkdownFile = (include is not { Count: > 0 } || include is ["**/*.md"]) && exclude is not { Count: > 0 };
        _matcher.AddIncludePatterns(include is { Count: > 0 } ? include : ["**/*.md"]);
        if (exclude is not null) _matcher.AddExcludePatterns(exclude);
    }

    private bool Matches(string relative) =>
        _everyMarkdownFile ? relative.EndsWith(".md", StringComparison.Ordinal) : _matcher.Match(relative).HasMatches;

    public WorkspacePaths Paths { get; }

    public IReadOnlyList<NoteFileInfo> EnumerateNotes(CancellationToken cancellationToken = default) => Enumerate(false, cancellationToken);

    public IReadOnlyList<NoteFileInfo> EnumerateNotesWithTimes(CancellationToken cancellationToken = default) => Enumerate(true, cancellationToken);

    private List<NoteFileInfo> Enumerate(bool times, CancellationToken cancellationToken)
    {
        var result = new List<NoteFileInfo>();
        Walk(Paths.Root, "", [], result, times, cancellationToken);
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    public NoteFileInfo? GetInfo(string path)
    {
        var relative = Paths.ToRelative(path);
        if (!IsIndexed(relative)) return null;
        var file = new FileInfo(Paths.ToAbsolute(relative));
        if (!file.Exists) return null;
        // A link's own time says nothing of its target's: no times, so a persisted entry is never used for it.
        return file.LinkTarget is null ? new NoteFileInfo(relative, file.Length, file.LastWriteTimeUtc.Ticks) : new NoteFileInfo(relative);
    }

    public byte[] ReadAllBytes(string path) =>
        File.ReadAllBytes(IsPlainRelative(path) ? Path.Join(Paths.Root, path) : Paths.ToAbsolute(Paths.ToRelative(path)));

    /// <summary>A relative '/' path without ".." (as the walk gives): it cannot leave the root, so no normalising.</summary>
    private static bool IsPlainRelative(string path) =>
        path.Length > 0 && path[0] != '/' && !path.Contains("..", StringComparison.Ordinal) && !path.Contains('\\') && !Path.IsPathRooted(path);

    /// <summary>True when <paramref name="relative"/> is a note this workspace indexes (globs, skipped folders, .gitignore).</summary>
    public bool IsIndexed(string relative)
    {
        var parts = relative.Split('/');
        if (parts.Take(parts.Length - 1).Any(AlwaysSkipped.Contains)) return false;
        if (!Matches(relative)) return false;
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

    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, long Size, long Ticks);

    /// <summary>Reads names and kinds (enough to pick the notes), and with <paramref name="times"/> each file's size
    /// and last-write time (a stat per file).</summary>
    private void Walk(string dir, string prefix, List<(string Prefix, IgnoreList List)> ignores, List<NoteFileInfo> result, bool times, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        List<Entry> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<Entry>(dir, (ref FileSystemEntry e) =>
                {
                    // A file's name and kind come from the directory listing; its attributes (is it a link?) cost a
                    // stat, needed only for folders (no link loops) and for sizes and times.
                    var isDirectory = e.IsDirectory;
                    if (!isDirectory && !times) return new Entry(e.FileName.ToString(), false, false, -1, -1);
                    var link = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                    return times && !isDirectory && !link
                        ? new Entry(e.FileName.ToString(), false, false, e.Length, e.LastWriteTimeUtc.UtcTicks)
                        : new Entry(e.FileName.ToString(), isDirectory, link, -1, -1);
                },
                Everything)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException) { return; }
        var own = entries.Exists(e => !e.IsDirectory && e.Name == ".gitignore") ? LoadIgnore(dir) : null;
        var active = own is null ? ignores : [.. ignores, (prefix, own)];
        foreach (var entry in entries)
        {
            if (entry.IsDirectory && (entry.IsLink || AlwaysSkipped.Contains(entry.Name))) continue;   // no symlink loops
            var rel = prefix + entry.Name;
            if (active.Count > 0 && active.Exists(a => a.List.IsIgnored(rel[a.Prefix.Length..], entry.IsDirectory))) continue;
            if (entry.IsDirectory) Walk(Path.Combine(dir, entry.Name), rel + "/", active, result, times, ct);
            else if (Matches(rel)) result.Add(new NoteFileInfo(rel, entry.Size, entry.Ticks));
        }
    }

    /// <summary>Hidden and system entries too; unreadable ones are left out.</summary>
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = true };

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
