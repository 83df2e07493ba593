using PrepCode.Core.Indexing;
using PrepCode.Server.Hosting;
using PrepCode.Server.Lsp;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>didOpen / didChange / didClose / didSave and watched-file events: keeps the index in step with buffers and disk.</summary>
internal sealed class DocumentSyncHandler(SessionHolder holder, ClientNotifier notifier)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public Task DidOpenAsync(DidOpenTextDocumentParams p) =>
        ApplyAsync(p.TextDocument.Uri, (s, path) => s.Workspace.UpdateOpenDocument(path, p.TextDocument.Text, p.TextDocument.Version));

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeAsync(DidChangeTextDocumentParams p)
    {
        // Full sync: the last change holds the whole text.
        var full = p.ContentChanges.LastOrDefault(c => c.Range is null);
        if (full is null) return Task.CompletedTask;
        return ApplyAsync(p.TextDocument.Uri, (s, path) => s.Workspace.UpdateOpenDocument(path, full.Text, p.TextDocument.Version));
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public Task DidCloseAsync(DidCloseTextDocumentParams p) =>
        ApplyAsync(p.TextDocument.Uri, (s, path) => s.Workspace.CloseDocument(path));

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams p)
    {
        // The open buffer is already indexed; the file watcher's event for the save is ignored while it stays open.
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public async Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams p)
    {
        foreach (var change in p.Changes)
            await ApplyAsync(change.Uri, (s, path) => s.Workspace.RefreshFromDisk(path));
        await TrackFiles.OnWatchedFilesAsync(holder.Session, notifier, p.Changes.Select(c => c.Uri));
    }

    private async Task ApplyAsync(string uri, Func<ServerSession, string, WorkspaceChange> update)
    {
        var session = holder.Session;
        if (session is null) return;
        if (!session.Paths.TryToRelative(ServerSession.UriToPath(uri), out var path)) return; // not in this workspace: not ours
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;
        WorkspaceChange change;
        try { change = update(session, path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.Warn($"could not read {path}: {e.Message}");
            return;
        }
        if (change.IsEmpty) return;
        session.Study.ReattachMovedItems();
        await notifier.PublishDiagnosticsAsync(session, change.Updated, change.Removed);
        await notifier.DueChangedAsync(session);
    }
}
