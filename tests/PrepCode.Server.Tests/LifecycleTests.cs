using System.Text.Json.Nodes;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task A_request_before_initialize_is_refused_in_words()
    {
        await using var server = new InMemoryServer();
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => server.Client.RequestAsync<JsonNode>("prepcode/dueItems", new { }));
        Assert.Equal(4006, e.ErrorCode);
        Assert.Contains("not been initialized", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_method_is_answered_and_the_server_keeps_working()
    {
        using var ws = new TestWorkspace();
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(ws.Root);
        var e = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => server.Client.RequestAsync<JsonNode>("prepcode/noSuchThing", new { }));
        Assert.Contains("noSuchThing", e.Message, StringComparison.Ordinal);
        await server.Client.NotifyAsync("$/somethingUnknown", new { });
        Assert.NotNull(await server.Client.RequestAsync<JsonNode>("prepcode/stats", new { }));
    }
}
