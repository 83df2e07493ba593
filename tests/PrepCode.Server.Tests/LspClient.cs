using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

/// <summary>The client side of a connection: sends requests, records notifications, answers server requests.</summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly JsonRpc _rpc;

    public LspClient(Stream stream) : this(stream, stream) { }

    public LspClient(Stream output, Stream input)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        _rpc.AddLocalRpcTarget(new Target(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public ConcurrentQueue<(string Method, JsonNode? Params)> Notifications { get; } = new();

    /// <summary>When true, <c>workspace/applyEdit</c> answers <c>applied: false</c>, as an editor whose buffer moved on does.</summary>
    public bool RefuseEdits { get; set; }

    /// <summary>Answer to a <c>window/showMessageRequest</c> (null: the first action).</summary>
    public string? MessageAnswer { get; set; } = "Good";

    /// <summary>Runs while a <c>window/showMessageRequest</c> is open, before it is answered (the user acting meanwhile).</summary>
    public Action? WhileAsked { get; set; }

    public Task<T> RequestAsync<T>(string method, object? args) => _rpc.InvokeWithParameterObjectAsync<T>(method, args);

    public Task NotifyAsync(string method, object? args) => _rpc.NotifyWithParameterObjectAsync(method, args);

    /// <param name="codeLensRefresh">Declares <c>workspace.codeLens.refreshSupport</c>, as VS Code does.</param>
    public async Task<JsonNode> InitializeAsync(string root, object? options = null, bool progress = true, bool codeLensRefresh = false)
    {
        var result = await RequestAsync<JsonNode>("initialize", new
        {
            processId = (int?)null,
            rootUri = new Uri(root).AbsoluteUri,
            capabilities = new { window = new { workDoneProgress = progress }, workspace = new { codeLens = new { refreshSupport = codeLensRefresh } } },
            initializationOptions = options ?? new { now = "2026-11-22T10:00:00Z" },
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    /// <summary>Waits until a notification of <paramref name="method"/> matching <paramref name="match"/> has arrived.</summary>
    public async Task<JsonNode?> WaitForAsync(string method, Func<JsonNode?, bool>? match = null, int timeoutMs = 30000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (m, p) in Notifications)
                if (m == method && (match is null || match(p))) return p;
            await Task.Delay(20);
        }
        throw new TimeoutException($"no {method} notification arrived; got: {string.Join(", ", Notifications.Select(n => n.Method))}");
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        try { await _rpc.Completion; } catch (Exception) { }
    }

    private sealed class Target(LspClient client)
    {
        [JsonRpcMethod("window/workDoneProgress/create")]
        public object? CreateProgress(JsonNode? p) { client.Notifications.Enqueue(("window/workDoneProgress/create", p)); return null; }

        [JsonRpcMethod("window/showMessageRequest")]
        public object? ShowMessageRequest(JsonNode? p)
        {
            client.Notifications.Enqueue(("window/showMessageRequest", p));
            client.WhileAsked?.Invoke();
            return new { title = client.MessageAnswer ?? (string)p!["actions"]![0]!["title"]! };
        }

        [JsonRpcMethod("workspace/applyEdit")]
        public object ApplyEdit(JsonNode? p)
        {
            client.Notifications.Enqueue(("workspace/applyEdit", p));
            if (client.RefuseEdits) return new { applied = false, failureReason = "version mismatch" };
            AppliedEdits.Apply(p!["edit"]!);
            return new { applied = true };
        }

        [JsonRpcMethod("workspace/codeLens/refresh")]
        public object? RefreshCodeLenses() { client.Notifications.Enqueue(("workspace/codeLens/refresh", null)); return null; }

        [JsonRpcMethod("$/progress")]
        public void Progress(JsonNode? p) => client.Notifications.Enqueue(("$/progress", p));

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Diagnostics(JsonNode? p) => client.Notifications.Enqueue(("textDocument/publishDiagnostics", p));

        [JsonRpcMethod("prepcode/indexProgress")]
        public void IndexProgress(JsonNode? p) => client.Notifications.Enqueue(("prepcode/indexProgress", p));

        [JsonRpcMethod("prepcode/dueChanged")]
        public void DueChanged(JsonNode? p) => client.Notifications.Enqueue(("prepcode/dueChanged", p));

        [JsonRpcMethod("window/showMessage")]
        public void ShowMessage(JsonNode? p) => client.Notifications.Enqueue(("window/showMessage", p));
    }
}
