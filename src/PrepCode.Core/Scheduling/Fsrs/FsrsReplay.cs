namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// Rebuilds FSRS state from a review history, e.g. when a user switches an item from SM-2 to FSRS: the log is kept,
/// so the FSRS state is whatever the scheduler would have produced had it been used from the start.
/// Reviews are applied in time order (a stable sort, so equal times keep their given order).
/// </summary>
public static class FsrsReplay
{
    /// <summary>The card after every review, replayed through <paramref name="scheduler"/>. An empty history gives a new card.</summary>
    public static FsrsCardState Replay(FsrsScheduler scheduler, IEnumerable<FsrsReview> reviews, DateTimeOffset? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var ordered = Ordered(reviews);
        var card = FsrsCardState.New(createdAt ?? (ordered.Length > 0 ? ordered[0].Time : DateTimeOffset.UnixEpoch));
        foreach (var review in ordered)
            card = scheduler.Review(card, review.Rating, review.Time).Card;
        return card;
    }

    /// <summary>The memory state alone (no steps, no due date); null for an empty history.</summary>
    public static FsrsMemoryState? ReplayMemory(FsrsMemory memory, IEnumerable<FsrsReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(memory);
        FsrsMemoryState? state = null;
        DateTimeOffset? last = null;
        foreach (var review in Ordered(reviews))
        {
            var elapsed = last is { } previous ? FsrsMemory.ElapsedDays(previous, review.Time) : 0;
            state = memory.Step(state, elapsed, review.Rating);
            last = review.Time;
        }
        return state;
    }

    private static FsrsReview[] Ordered(IEnumerable<FsrsReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return [.. reviews.OrderBy(r => r.Time)];
    }
}
