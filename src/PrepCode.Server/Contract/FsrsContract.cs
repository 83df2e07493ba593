namespace PrepCode.Server.Contract;

/// <summary>
/// FSRS-6 methods: fit the weights to the workspace's own review log, export the log as CSV.
/// A separate interface (not a part of <see cref="IPrepCodeServer"/>) so the study handler need not implement them.
/// extension/src/sidecar/protocol.fsrs.ts mirrors this file.
/// </summary>
public interface IFsrsServer
{
    /// <summary><c>prepcode/optimizeSchedule</c>: fit the 21 FSRS-6 weights to the review log and store them for the
    /// workspace's track group; sends <c>prepcode/optimizeProgress</c> after each epoch; cancellable with <c>$/cancelRequest</c>.</summary>
    Task<OptimizeScheduleResponse> OptimizeScheduleAsync(OptimizeScheduleRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/exportReviews</c>: the review log as <c>card_id,review_rating,review_time,review_duration</c> CSV.</summary>
    Task<ExportReviewsResponse> ExportReviewsAsync(ExportReviewsRequest request, CancellationToken cancellationToken);
}

public static partial class Methods
{
    public const string OptimizeSchedule = "prepcode/optimizeSchedule";
    public const string ExportReviews = "prepcode/exportReviews";

    /// <summary>Notification, server to client, after each optimizer epoch. Params: <see cref="OptimizeProgress"/>.</summary>
    public const string OptimizeProgress = "prepcode/optimizeProgress";
}

public sealed record OptimizeScheduleRequest;

/// <summary>Mean log loss of the log's reviews (first and same-day ones excluded) under the default and the fitted weights.</summary>
public sealed record OptimizeScheduleResponse(
    string TrackGroup,
    double LogLossBefore,
    double LogLossAfter,
    int ScoredReviews,
    bool KeptDefaults,
    IReadOnlyList<double> Weights,
    string Message);

public sealed record OptimizeProgress(int Epoch, int Total, double LogLoss);

public sealed record ExportReviewsRequest;

public sealed record ExportReviewsResponse(int Rows, string Csv);
