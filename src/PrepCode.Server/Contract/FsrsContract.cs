namespace PrepCode.Server.Contract;

/// <summary>
/// FSRS-6 methods: fit the weights to the workspace's own review log, export the log as CSV.
/// A separate interface (not a part of <see cref="IPrepCodeServer"/>) so the study handler need not implement them.
/// extension/src/sidecar/protocol.fsrs.ts mirrors this file.
/// </summary>
public interface IFsrsServer
{
    /// <summary><c>prepcode/optimizeSchedule</c>: fit the 21 FSRS-6 weights to the reviews of one track group's items
    /// (default: the active group) and store them for that group; sends <c>prepcode/optimizeProgress</c> after each
    /// epoch; cancellable with <c>$/cancelRequest</c>. Then asks the editor to refresh code lenses (when it supports it).</summary>
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

/// <param name="Group">"ML" or "SWE"; null: the active group.</param>
public sealed record OptimizeScheduleRequest(string? Group = null);

/// <summary>Mean log loss of the group's reviews (first and same-day ones excluded) under the default and the fitted weights.</summary>
/// <param name="UsesFsrs">Whether the group is scheduled by FSRS (else the weights wait until it is).</param>
public sealed record OptimizeScheduleResponse(
    string TrackGroup,
    bool UsesFsrs,
    double LogLossBefore,
    double LogLossAfter,
    int ScoredReviews,
    bool KeptDefaults,
    IReadOnlyList<double> Weights,
    string Message);

public sealed record OptimizeProgress(int Epoch, int Total, double LogLoss);

public sealed record ExportReviewsRequest;

public sealed record ExportReviewsResponse(int Rows, string Csv);
