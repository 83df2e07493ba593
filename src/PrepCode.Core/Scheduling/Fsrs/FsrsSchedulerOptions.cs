namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// How <see cref="FsrsScheduler"/> turns a memory state into a due time.
/// Defaults: retention 0.9, learning steps 1 min and 10 min, relearning step 10 min, maximum interval 36 500 days, fuzz on.
/// </summary>
public sealed record FsrsSchedulerOptions
{
    public const double MinDesiredRetention = 0.70;
    public const double MaxDesiredRetention = 0.99;

    public static FsrsSchedulerOptions Default { get; } = new();

    public double DesiredRetention { get; init; } = 0.9;

    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    public int MaximumInterval { get; init; } = FsrsMemory.DefaultMaximumInterval;

    public bool EnableFuzz { get; init; } = true;

    /// <summary>The source of fuzz. Null uses <see cref="System.Random.Shared"/>; inject a seeded one in tests.</summary>
    public Random? Random { get; init; }

    /// <summary>
    /// Throws if a setting is out of range. The retention range 0.70-0.99 is what users may choose;
    /// <paramref name="allowAnyRetention"/> admits (0, 1] for conformance checks and simulations.
    /// </summary>
    public void Validate(bool allowAnyRetention = false)
    {
        var (min, max) = allowAnyRetention ? (double.Epsilon, 1.0) : (MinDesiredRetention, MaxDesiredRetention);
        if (double.IsNaN(DesiredRetention) || DesiredRetention < min || DesiredRetention > max)
            throw new InvalidOperationException($"Desired retention {DesiredRetention} is outside {min}-{max}.");
        if (MaximumInterval < 1)
            throw new InvalidOperationException($"The maximum interval is at least 1 day, got {MaximumInterval}.");
        if (LearningSteps.Concat(RelearningSteps).Any(s => s <= TimeSpan.Zero))
            throw new InvalidOperationException("Learning and relearning steps must be positive durations.");
    }
}
