using System.Globalization;
using PrepCode.Core.Curricula;
using PrepCode.Core.Evaluation;
using PrepCode.Core.Study;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>prepcode/optimizeSchedule and prepcode/exportReviews.</summary>
internal sealed class FsrsHandler(ClientNotifier notifier, Indexer indexer) : IFsrsServer
{
    [JsonRpcMethod(Methods.OptimizeSchedule, UseSingleObjectParameterDeserialization = true)]
    public async Task<OptimizeScheduleResponse> OptimizeScheduleAsync(OptimizeScheduleRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var group = session.Study.Groups.Active;
        if (request.Group is { } text && !CurriculumRules.TryParseGroup(text, out group))
            throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"'{text}' is not a track group: use \"ML\" or \"SWE\".");
        var progress = new Progress<(int Epoch, int Total, double Loss)>(p =>
            _ = notifier.NotifyAsync(Methods.OptimizeProgress, new OptimizeProgress(p.Epoch, p.Total, double.IsFinite(p.Loss) ? p.Loss : 0)));
        var result = await Task.Run(() => session.Study.OptimizeFsrs(group, progress, cancellationToken), cancellationToken);
        await notifier.DueChangedAsync(session, force: true);
        await notifier.RefreshCodeLensesAsync();        // predicted recall in the lenses follows the new weights
        var (stored, fit) = (result.Stored, result.Fit);
        var c = CultureInfo.InvariantCulture;
        var name = group.ToString();
        var message = fit.ScoredReviewCount == 0
            ? $"FSRS ({name}): not enough reviews to fit yet (reviews on different days are needed); the default weights stay in use."
            : fit.KeptInitial
                ? string.Create(c, $"FSRS ({name}): fitting did not improve on the defaults (log loss {fit.LogLossBefore:F4}, {Reviews(fit.ScoredReviewCount)}); the default weights stay in use.")
                : string.Create(c, $"FSRS ({name}) fitted to {Reviews(fit.ScoredReviewCount)}: log loss {fit.LogLossBefore:F4} → {fit.LogLossAfter:F4}.");
        var usesFsrs = session.Study.Settings.SchedulerOf(group) is FsrsSchedulerChoice;
        return new OptimizeScheduleResponse(name, usesFsrs, Finite(fit.LogLossBefore), Finite(fit.LogLossAfter), fit.ScoredReviewCount,
            fit.KeptInitial, fit.Parameters.Weights, message);
    }

    [JsonRpcMethod(Methods.ExportReviews, UseSingleObjectParameterDeserialization = true)]
    public async Task<ExportReviewsResponse> ExportReviewsAsync(ExportReviewsRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var rows = session.Study.ExportReviewLog();
        return new ExportReviewsResponse(rows.Count, ReviewLogCsv.Format(rows));
    }

    private static string Reviews(int n) => n == 1 ? "1 review" : $"{n} reviews";

    private static double Finite(double x) => double.IsFinite(x) ? x : 0;

    private Task<ServerSession> ReadyAsync(CancellationToken ct) => indexer.ReadyAsync(ct);
}
