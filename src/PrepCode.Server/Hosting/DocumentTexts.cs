namespace PrepCode.Server.Hosting;

/// <summary>A document's current text: the open editor buffer (with its version) when there is one, else the file on disk.</summary>
internal sealed record CurrentText(string Path, string Text, int? Version);

internal static class DocumentTexts
{
    /// <summary>Null when the document is neither open nor on disk.</summary>
    public static CurrentText? Read(ServerSession session, string path)
    {
        if (session.Workspace.OpenDocument(path) is { } open) return new CurrentText(path, open.Text, open.Version);
        var file = session.Paths.ToAbsolute(path);
        return File.Exists(file) ? new CurrentText(path, File.ReadAllText(file), null) : null;
    }
}
