using PrepCode.Core.Indexing;
using PrepCode.Core.Study;
using PrepCode.Server.Contract;
using StreamJsonRpc;

namespace PrepCode.Server.Hosting;

/// <summary>Turns expected failures into JSON-RPC errors with the project's codes and a readable message.</summary>
internal static class RpcErrors
{
    public static T Guard<T>(Func<T> action)
    {
        try { return action(); }
        catch (Exception e) when (Map(e) is { } mapped) { throw mapped; }
    }

    public static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    private static LocalRpcException? Map(Exception e) => e switch
    {
        UnknownItemException => Error(ErrorCodes.UnknownItem, e.Message),
        OutsideWorkspaceException => Error(ErrorCodes.OutsideWorkspace, e.Message),
        InvalidStudyArgumentException or InvalidSettingException or ArgumentException => Error(ErrorCodes.InvalidArgument, e.Message),
        StaleVersionException => Error(ErrorCodes.StaleVersion, e.Message),
        _ => null,
    };
}

/// <summary>The editor's buffer changed since the request was computed; nothing was written.</summary>
public sealed class StaleVersionException(string message) : Exception(message);
