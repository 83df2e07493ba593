namespace PrepCode.Core.Scheduling.Fsrs;

public enum FsrsCardStatus
{
    /// <summary>Never reviewed: no stability or difficulty yet. Its first review starts the learning steps.</summary>
    New,
    /// <summary>Going through the learning steps (<see cref="FsrsCardState.Step"/> is the index of the current step).</summary>
    Learning,
    /// <summary>Scheduled in whole days from stability and desired retention.</summary>
    Review,
    /// <summary>Lapsed from Review and going through the relearning steps.</summary>
    Relearning,
}

/// <summary>
/// The FSRS schedule of one item. <see cref="Step"/> is set only in Learning and Relearning;
/// <see cref="Stability"/> and <see cref="Difficulty"/> are null only while New.
/// </summary>
public sealed record FsrsCardState(
    FsrsCardStatus State,
    int? Step,
    double? Stability,
    double? Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview)
{
    /// <summary>A card never reviewed, due at <paramref name="createdAt"/>.</summary>
    public static FsrsCardState New(DateTimeOffset createdAt) => new(FsrsCardStatus.New, 0, null, null, createdAt, null);

    public FsrsMemoryState? Memory => Stability is { } s && Difficulty is { } d ? new FsrsMemoryState(s, d) : null;

    public bool IsDueAt(DateTimeOffset now) => Due <= now;
}

/// <summary>The outcome of one review: the new card and how long until it is due again.</summary>
public sealed record FsrsReviewResult(FsrsCardState Card, TimeSpan Interval)
{
    /// <summary>Whole days until due (a 10-minute step is 0).</summary>
    public int ScheduledDays => (int)Math.Floor(Interval.TotalDays);
}
