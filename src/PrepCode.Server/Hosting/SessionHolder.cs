using PrepCode.Server.Contract;

namespace PrepCode.Server.Hosting;

/// <summary>Shared by all handlers: the session once <c>initialize</c> has run, and the client's capabilities.</summary>
internal sealed class SessionHolder
{
    public ServerSession? Session { get; set; }

    public bool ClientSupportsProgress { get; set; }

    public bool ShutdownRequested { get; set; }

    public ServerSession Require() =>
        Session ?? throw RpcErrors.Error(ErrorCodes.NotInitialized, "The PrepCode server has not been initialized yet.");
}
