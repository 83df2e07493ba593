using PrepCode.Server.Lsp;

namespace PrepCode.Server.Hosting;

/// <summary>Reports indexing through window/workDoneProgress/create + $/progress, when the client supports it, and
/// always as <c>prepcode/indexProgress</c> (done, total, finished) for clients that show their own notification.</summary>
internal sealed class IndexingProgress(ClientNotifier notifier, bool supported) : IProgress<(int Done, int Total)>
{
    private readonly string _token = "prepcode-index-" + Guid.NewGuid().ToString("N")[..8];
    private bool _started;

    public async Task BeginAsync(CancellationToken ct)
    {
        if (!supported || notifier.Rpc is null) return;
        try
        {
            await notifier.Rpc.InvokeWithParameterObjectAsync<object?>("window/workDoneProgress/create", new WorkDoneProgressCreateParams(_token), ct);
            _started = true;
            await notifier.NotifyAsync("$/progress", new ProgressParams(_token, new WorkDoneProgressValue("begin", "PrepCode: indexing notes", "Looking for notes…", 0)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Warn($"client refused progress: {e.Message}");
        }
    }

    public void Report((int Done, int Total) value)
    {
        _ = notifier.NotifyAsync(Contract.Methods.IndexProgress, new Contract.IndexProgress(value.Done, value.Total, false));
        if (!_started) return;
        var pct = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
        _ = notifier.NotifyAsync("$/progress", new ProgressParams(_token, new WorkDoneProgressValue("report", Message: $"{value.Done} of {value.Total} notes", Percentage: pct)));
    }

    public async Task EndAsync(string message, int notes)
    {
        await notifier.NotifyAsync(Contract.Methods.IndexProgress, new Contract.IndexProgress(notes, notes, true));
        if (_started) await notifier.NotifyAsync("$/progress", new ProgressParams(_token, new WorkDoneProgressValue("end", Message: message)));
    }
}
