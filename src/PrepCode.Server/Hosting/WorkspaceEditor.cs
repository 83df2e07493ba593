using PrepCode.Core.Plans;
using PrepCode.Server.Contract;
using PrepCode.Server.Lsp;
using StreamJsonRpc;

namespace PrepCode.Server.Hosting;

/// <summary>
/// Sends edits computed against a document's version to the editor with <c>workspace/applyEdit</c>: the editor
/// applies them to the open buffer (or the file), as one undoable step. A refused edit (the buffer changed since,
/// so its version no longer matches) throws <see cref="ErrorCodes.StaleVersion"/>; nothing is overwritten.
/// </summary>
internal sealed class WorkspaceEditor(ClientNotifier notifier)
{
    /// <summary>Edits an existing document. No request at all when there is nothing to change.</summary>
    public Task EditAsync(ServerSession session, CurrentText document, IReadOnlyList<TextEdit> edits, string label, CancellationToken ct)
    {
        if (edits.Count == 0) return Task.CompletedTask;
        var uri = session.ToUri(document.Path);
        return ApplyAsync([Edit(uri, document.Version, edits)], label, document.Path, ct);
    }

    /// <summary>Creates a file holding <paramref name="text"/> (an existing file is left alone and gets the text inserted at its start).</summary>
    public Task CreateAsync(ServerSession session, string path, string text, string label, CancellationToken ct)
    {
        var uri = session.ToUri(path);
        var insert = new TextEdit(new Core.Notes.SourceRange(new(0, 0), new(0, 0)), text);
        return ApplyAsync([new CreateFile(uri, new CreateFileOptions(IgnoreIfExists: true)), Edit(uri, null, [insert])], label, path, ct);
    }

    private static TextDocumentEdit Edit(string uri, int? version, IReadOnlyList<TextEdit> edits) =>
        new(new OptionalVersionedTextDocumentIdentifier(uri, version), [.. edits.Select(e => new LspTextEdit(Convert.ToRange(e.Range), e.NewText))]);

    private async Task ApplyAsync(IReadOnlyList<object> changes, string label, string path, CancellationToken ct)
    {
        var rpc = notifier.Rpc ?? throw RpcErrors.Error(ErrorCodes.InvalidArgument, "No editor is connected to apply the edit.");
        ApplyWorkspaceEditResult? result;
        try
        {
            result = await rpc.InvokeWithParameterObjectAsync<ApplyWorkspaceEditResult?>("workspace/applyEdit",
                new ApplyWorkspaceEditParams(label, new WorkspaceEdit(changes)), ct);
        }
        catch (RemoteInvocationException e)
        {
            throw RpcErrors.Error(ErrorCodes.StaleVersion, $"The editor could not apply the edit to {path}: {e.Message}. Nothing was written.");
        }
        if (result?.Applied != true)
            throw RpcErrors.Error(ErrorCodes.StaleVersion,
                $"{path} changed while PrepCode was computing its edit, so nothing was written. Run it again." +
                (result?.FailureReason is { Length: > 0 } why ? $" ({why})" : ""));
    }
}
