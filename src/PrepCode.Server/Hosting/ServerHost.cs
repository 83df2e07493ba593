using System.Text.Json;
using System.Text.Json.Serialization;
using PrepCode.Server.Handlers;
using StreamJsonRpc;

namespace PrepCode.Server.Hosting;

/// <summary>
/// Wires the handlers to a JSON-RPC connection with LSP framing (Content-Length headers) and camelCase JSON.
/// Used by Program over stdin/stdout and by tests over in-memory streams.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly SessionHolder _holder = new();
    private readonly LifecycleHandler _lifecycle;
    private readonly Indexer _indexer;

    public ServerHost(Stream output, Stream input)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        var handler = new HeaderDelimitedMessageHandler(output, ProtocolInputFilter.Wrap(input), formatter);
        _rpc = new JsonRpc(handler);
        var notifier = new ClientNotifier { Rpc = _rpc };
        var indexer = _indexer = new Indexer(_holder, notifier);
        _lifecycle = new LifecycleHandler(_holder, notifier, indexer);
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false };
        _rpc.AddLocalRpcTarget(_lifecycle, options);
        _rpc.AddLocalRpcTarget(new DocumentSyncHandler(_holder, notifier), options);
        var checks = new ChecksHandler(notifier, indexer);
        _rpc.AddLocalRpcTarget(checks, options);
        _rpc.AddLocalRpcTarget(new CodeLensHandler(_holder, notifier, indexer, checks), options);
        _rpc.AddLocalRpcTarget(new StudyHandler(_holder, notifier, indexer), options);
        _rpc.AddLocalRpcTarget(new FsrsHandler(notifier, indexer), options);
        _rpc.AddLocalRpcTarget(new TracksHandler(notifier, indexer), options);
        _rpc.Disconnected += (_, e) =>
        {
            if (e.Reason != DisconnectedReason.LocallyDisposed) Log.Info($"connection closed: {e.Reason} {e.Description}");
        };
    }

    public void Start() => _rpc.StartListening();

    /// <summary>Completes with the process exit code: 0 after shutdown + exit, 1 on exit without shutdown or a lost connection.</summary>
    public async Task<int> RunAsync()
    {
        Start();
        var exit = _lifecycle.Exit.Task;
        var done = await Task.WhenAny(exit, _rpc.Completion.ContinueWith(_ => 1, TaskScheduler.Default));
        return await done;
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        try { await _rpc.Completion; } catch (Exception) { /* already reported through Disconnected */ }
        await _indexer.Saved.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _holder.Session?.Dispose();
    }
}
