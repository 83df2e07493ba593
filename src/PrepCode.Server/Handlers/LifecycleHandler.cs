using System.Text.Json;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using PrepCode.Server.Lsp;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>initialize, initialized, shutdown, exit and settings changes.</summary>
internal sealed class LifecycleHandler(SessionHolder holder, ClientNotifier notifier, Indexer indexer)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TaskCompletionSource<int> Exit { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams p)
    {
        if (holder.Session is not null) throw RpcErrors.Error(ErrorCodes.InvalidArgument, "The server is already initialized.");
        var root = p.WorkspaceFolders is { Count: > 0 } folders ? ServerSession.UriToPath(folders[0].Uri)
            : p.RootUri is not null ? ServerSession.UriToPath(p.RootUri)
            : p.RootPath ?? throw RpcErrors.Error(ErrorCodes.InvalidArgument, "PrepCode needs a workspace folder: open a folder of notes.");
        var settings = ReadSettings(p.InitializationOptions);
        holder.Session = RpcErrors.Guard(() => ServerSession.Create(root, settings));
        holder.ClientSupportsProgress = p.Capabilities?.Window?.WorkDoneProgress == true;
        notifier.SupportsCodeLensRefresh = p.Capabilities?.Workspace?.CodeLens?.RefreshSupport == true;
        Log.Info($"workspace {holder.Session.Paths.Root}, database {holder.Session.Store.Path}");
        return new InitializeResult(
            new ServerCapabilities(new TextDocumentSyncOptions(true, 1, new SaveOptions(false)), new CodeLensOptions(false),
                new ExecuteCommandOptions([Commands.ReviewItem, Commands.GradeItem, .. Commands.ChecksAll])),
            new ServerInfo("PrepCode", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString(3) ?? "0.1.0"));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? _) => indexer.Start();

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        holder.ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void ExitNotification() => Exit.TrySetResult(holder.ShutdownRequested ? 0 : 1);

    /// <summary>Answers a message whose body was not JSON (see <see cref="ProtocolInputFilter"/>) with a parse error.</summary>
    [JsonRpcMethod(ProtocolInputFilter.MalformedMethod, UseSingleObjectParameterDeserialization = true)]
    public void Malformed(JsonElement? _) =>
        throw new LocalRpcException("Parse error: the message body is not valid JSON.") { ErrorCode = -32700 };

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public async Task DidChangeConfigurationAsync(DidChangeConfigurationParams p)
    {
        var session = holder.Session;
        if (session is null || p.Settings is not { ValueKind: JsonValueKind.Object } all) return;
        if (!all.TryGetProperty("prepcode", out var section)) return;
        try
        {
            var reindex = session.Apply(ReadSettings(section));
            if (reindex) indexer.Start();
            else await notifier.DueChangedAsync(session, force: true);
            await notifier.RefreshCodeLensesAsync();    // the scheduler (and with it R, stability, intervals) may have changed
        }
        catch (Exception e) when (e is InvalidSettingException or ArgumentException)
        {
            Log.Warn($"settings refused: {e.Message}");
            await notifier.ShowMessageAsync(1, $"PrepCode settings not applied: {e.Message}");
        }
    }

    private static PrepCodeSettings ReadSettings(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj) return new PrepCodeSettings();
        try { return obj.Deserialize<PrepCodeSettings>(Json) ?? new PrepCodeSettings(); }
        catch (JsonException e) { throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"PrepCode settings are not in the expected shape: {e.Message}"); }
    }
}
