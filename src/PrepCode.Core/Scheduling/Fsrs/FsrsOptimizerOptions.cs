namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// Settings of <see cref="FsrsOptimizer"/>. Defaults: Adam with learning rate 0.04 decaying on a cosine to 0,
/// mini-batches of about 512 scored reviews (whole cards), at least 5 epochs and at least 200 steps,
/// penalty strength 4 (see <see cref="FsrsOptimizer"/>), shuffle seed 20240601.
/// </summary>
public sealed record FsrsOptimizerOptions
{
    public static FsrsOptimizerOptions Default { get; } = new();

    public double LearningRate { get; init; } = 0.04;

    public int BatchSize { get; init; } = 512;

    public int MinimumEpochs { get; init; } = 5;

    public int MinimumSteps { get; init; } = 200;

    /// <summary>λ in the penalty (λ / n)·Σ((w_i − d_i)/σ_i)²; 0 turns the pull toward the defaults off.</summary>
    public double PenaltyStrength { get; init; } = 4;

    public int Seed { get; init; } = 20240601;

    /// <summary>Worker threads for the finite differences; 1 runs single-threaded.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>
/// The outcome of a fit. Losses are the mean log loss over the training reviews that enter the loss (no penalty).
/// <see cref="KeptInitial"/> is true when the fit did not lower the training loss, and the initial parameters came back.
/// </summary>
public sealed record FsrsFitResult(
    FsrsParameters Parameters,
    double LogLossBefore,
    double LogLossAfter,
    int ScoredReviewCount,
    int Epochs,
    int Steps,
    bool KeptInitial);
