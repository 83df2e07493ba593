using PrepCode.Core.Indexing;
using PrepCode.Server.Contract;
using PrepCode.Server.Lsp;
using StreamJsonRpc;

namespace PrepCode.Server.Hosting;

/// <summary>Messages from the server to the client: diagnostics, due-count changes, progress, messages.</summary>
internal sealed class ClientNotifier
{
    private readonly HashSet<string> _withDiagnostics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DueCounts? _lastCounts;

    public JsonRpc? Rpc { get; set; }

    public async Task PublishDiagnosticsAsync(ServerSession session, IEnumerable<string> paths, IEnumerable<string> removed)
    {
        var index = session.Workspace.Snapshot;
        foreach (var path in paths)
        {
            var note = index.Note(path);
            var diagnostics = note?.Diagnostics.Select(d => new Diagnostic(Convert.ToRange(d.Range), (int)d.Severity, d.Code, "PrepCode", d.Message)).ToList() ?? [];
            bool send;
            lock (_gate)
            {
                // Non-empty diagnostics are always sent (they may have changed); an empty list only clears old ones.
                send = diagnostics.Count > 0 || _withDiagnostics.Contains(path);
                if (diagnostics.Count > 0) _withDiagnostics.Add(path);
                else _withDiagnostics.Remove(path);
            }
            if (send) await NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(session.ToUri(path), null, diagnostics));
        }
        foreach (var path in removed)
        {
            bool had;
            lock (_gate) had = _withDiagnostics.Remove(path);
            if (had) await NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(session.ToUri(path), null, []));
        }
    }

    /// <summary>Sends <c>prepcode/dueChanged</c> when the counts differ from the last ones sent (or always when forced).</summary>
    public async Task DueChangedAsync(ServerSession session, bool force = false)
    {
        var counts = session.Counts();
        lock (_gate)
        {
            if (!force && counts == _lastCounts) return;
            _lastCounts = counts;
        }
        await NotifyAsync(Methods.DueChanged, counts);
    }

    /// <summary>Set from <c>workspace.codeLens.refreshSupport</c> of the client's capabilities.</summary>
    public bool SupportsCodeLensRefresh { get; set; }

    /// <summary>Asks the editor to fetch code lenses again (after a fit, a scheduler or group switch, a check commit);
    /// only when it declared support. Editors without it refresh lenses on their next edit.</summary>
    public async Task RefreshCodeLensesAsync()
    {
        if (!SupportsCodeLensRefresh || Rpc is not { IsDisposed: false } rpc) return;
        try { await rpc.InvokeAsync<object?>("workspace/codeLens/refresh"); }
        catch (Exception e) when (e is RemoteRpcException or ConnectionLostException or ObjectDisposedException) { Log.Info($"codeLens/refresh: {e.Message}"); }
    }

    public Task ShowMessageAsync(int type, string message) => NotifyAsync("window/showMessage", new ShowMessageParams(type, message));

    public async Task<string?> ShowMessageRequestAsync(string message, IReadOnlyList<string> actions, CancellationToken ct)
    {
        if (Rpc is null) return null;
        var picked = await Rpc.InvokeWithParameterObjectAsync<MessageActionItem?>("window/showMessageRequest",
            new ShowMessageRequestParams(3, message, [.. actions.Select(a => new MessageActionItem(a))]), ct);
        return picked?.Title;
    }

    public async Task NotifyAsync(string method, object payload)
    {
        if (Rpc is null || Rpc.IsDisposed) return;
        try { await Rpc.NotifyWithParameterObjectAsync(method, payload); }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException) { Log.Warn($"could not send {method}: {e.Message}"); }
    }
}

internal static class Convert
{
    public static Contract.Range ToRange(Core.Notes.SourceRange r) =>
        new(new Position(r.Start.Line, r.Start.Character), new Position(r.End.Line, r.End.Character));
}
