using Nerdbank.Streams;
using PrepCode.Server.Hosting;

namespace PrepCode.Server.Tests;

/// <summary>A server and a client attached over an in-memory duplex stream.</summary>
public sealed class InMemoryServer : IAsyncDisposable
{
    private readonly ServerHost _host;

    public InMemoryServer()
    {
        var (serverSide, clientSide) = FullDuplexStream.CreatePair();
        _host = new ServerHost(serverSide, serverSide);
        _host.Start();
        Client = new LspClient(clientSide);
    }

    public LspClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _host.DisposeAsync();
    }
}
