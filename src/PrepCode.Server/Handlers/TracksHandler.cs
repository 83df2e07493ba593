using System.Globalization;
using PrepCode.Core.Curricula;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>prepcode/today, setActiveGroup, setTrackStart: curricula, track calendar and track groups.</summary>
internal sealed partial class TracksHandler(ClientNotifier notifier, Indexer indexer)
{
    [JsonRpcMethod(Methods.Today, UseSingleObjectParameterDeserialization = true)]
    public async Task<TodayResponse> TodayAsync(TodayRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return TodayBuilder.Build(session);
    }

    [JsonRpcMethod(Methods.SetActiveGroup, UseSingleObjectParameterDeserialization = true)]
    public async Task<TodayResponse> SetActiveGroupAsync(SetActiveGroupRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        if (request.Group is not { } text || !CurriculumRules.TryParseGroup(text, out var group))
            throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"'{request.Group}' is not a track group: use \"ML\" or \"SWE\".");
        await WriteAsync(session, session.Tracks.FileConfig with { ActiveGroup = group });
        await notifier.RefreshCodeLensesAsync();        // items without a track follow the active group's scheduler
        return TodayBuilder.Build(session);
    }

    [JsonRpcMethod(Methods.SetTrackStart, UseSingleObjectParameterDeserialization = true)]
    public async Task<TodayResponse> SetTrackStartAsync(SetTrackStartRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var track = session.Tracks.Catalog.FindTrack(request.TrackId ?? "")
            ?? throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"There is no track '{request.TrackId}'.");
        if (!DateOnly.TryParseExact(request.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"'{request.StartDate}' is not a date: use yyyy-MM-dd, e.g. 2026-11-20.");
        if (request.AccelerationDays is < 0 or > 3650)
            throw RpcErrors.Error(ErrorCodes.InvalidArgument, "Acceleration days must be 0 or more (at most 3650).");
        var old = session.Tracks.Config.Tracks.GetValueOrDefault(track.Id);
        var settings = new TrackSettings(start, request.AccelerationDays ?? old?.AccelerationDays ?? 0, old?.Active ?? true);
        await WriteAsync(session, session.Tracks.FileConfig.WithTrack(track.Id, settings));
        return TodayBuilder.Build(session);
    }

    private async Task WriteAsync(ServerSession session, PrepCodeConfig config)
    {
        var problems = PrepCodeConfigWriter.Write(session.Tracks.ConfigPath, config);
        if (problems.Count > 0) throw RpcErrors.Error(ErrorCodes.InvalidArgument, problems[0].Message);
        session.Tracks.Refresh(session.Settings.CurriculaPath, force: true);
        await PublishAsync(session);
        await notifier.DueChangedAsync(session, force: true);
    }

    /// <summary>Waits for the first index, reloads changed curricula or config, and publishes their diagnostics.</summary>
    private async Task<ServerSession> ReadyAsync(CancellationToken ct)
    {
        var session = await indexer.ReadyAsync(ct);
        if (session.Tracks.Refresh(session.Settings.CurriculaPath))
        {
            await notifier.DueChangedAsync(session);
            await notifier.RefreshCodeLensesAsync();    // a track's group or the active group may have changed
        }
        await PublishAsync(session);
        return session;
    }

    private Task PublishAsync(ServerSession session) => TrackFiles.PublishAsync(session, notifier);
}
