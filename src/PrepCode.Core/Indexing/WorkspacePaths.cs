namespace PrepCode.Core.Indexing;

/// <summary>A path that resolves outside the workspace root. Refused, never read or written.</summary>
public sealed class OutsideWorkspaceException(string path, string root)
    : Exception($"'{path}' is outside the workspace folder {root}; PrepCode only reads and writes inside it.")
{
    public string RequestedPath { get; } = path;
}

/// <summary>Turns absolute paths into workspace-relative '/' paths and back, refusing anything outside the root.</summary>
public sealed class WorkspacePaths
{
    public WorkspacePaths(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    public string Root { get; }

    /// <summary>Relative '/' path of <paramref name="path"/> (absolute, or relative to the root).</summary>
    public string ToRelative(string path)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root, path));
        var rel = Path.GetRelativePath(Root, full);
        if (rel == "." || rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel))
            throw new OutsideWorkspaceException(path, Root);
        return rel.Replace(Path.DirectorySeparatorChar, '/');
    }

    public string ToAbsolute(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));
        ToRelative(full); // throws when outside
        return full;
    }

    public bool TryToRelative(string path, out string relative)
    {
        try { relative = ToRelative(path); return true; }
        catch (OutsideWorkspaceException) { relative = ""; return false; }
    }
}
