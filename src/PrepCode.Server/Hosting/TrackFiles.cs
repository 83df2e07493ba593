using PrepCode.Server.Contract;
using PrepCode.Server.Lsp;

namespace PrepCode.Server.Hosting;

/// <summary>
/// Curricula and .prepcode/config.json as the server watches them: reload on a watched-file change, publish their
/// diagnostics (CurriculumDiagnostic is 1-based; LSP is 0-based), and tell the client the due counts may have changed.
/// </summary>
internal static class TrackFiles
{
    public static bool IsTrackFile(string uri)
    {
        var path = ServerSession.UriToPath(uri).Replace('\\', '/');
        return path.EndsWith("/curriculum.yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/.prepcode/config.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Called with every didChangeWatchedFiles batch; does nothing unless a curriculum or the config changed.</summary>
    public static async Task OnWatchedFilesAsync(ServerSession? session, ClientNotifier notifier, IEnumerable<string> uris)
    {
        if (session is null || !uris.Any(IsTrackFile)) return;
        if (session.Tracks.Refresh(session.Settings.CurriculaPath)) await notifier.DueChangedAsync(session);
        await PublishAsync(session, notifier);
    }

    public static async Task PublishAsync(ServerSession session, ClientNotifier notifier)
    {
        foreach (var (path, diagnostics) in session.Tracks.TakeDiagnostics())
        {
            var lsp = diagnostics.Select(d => new Diagnostic(
                new Contract.Range(new Position(d.Line - 1, d.Column - 1), new Position(d.Line - 1, d.Column - 1)),
                (int)d.Severity, "curriculum", "PrepCode", d.Message)).ToList();
            await notifier.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(new Uri(path).AbsoluteUri, null, lsp));
        }
    }
}
