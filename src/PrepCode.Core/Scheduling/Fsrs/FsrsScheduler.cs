namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// FSRS-6 scheduling with learning and relearning steps (py-fsrs semantics). A pure function of
/// (card, rating, review time) apart from fuzz, whose <see cref="Random"/> is injected through the options.
/// <para>Memory: the first review sets S0 and D0; a review fewer than one whole day after the previous one uses the
/// same-day formula; any other review uses the recall or lapse formula with R at the elapsed whole days.</para>
/// <para>Steps (L = learning steps, or relearning steps in Relearning):
/// New behaves as Learning at step 0. In Learning/Relearning, with no steps, or a step index past the last step and a
/// passing grade, the card graduates to Review. Otherwise Again → step 0; Hard → stays on its step, waiting
/// (L0 + L1)/2 at step 0 when there are two or more steps, 1.5·L0 when there is one, else L[step]; Good → next step,
/// or Review after the last one; Easy → Review at once. In Review, Again → Relearning step 0 (or stays in Review when
/// there are no relearning steps); other grades stay in Review. Review intervals are whole days from
/// <see cref="FsrsMemory.NextInterval"/>, fuzzed when enabled; steps are never fuzzed.</para>
/// </summary>
public sealed class FsrsScheduler
{
    private readonly FsrsSchedulerOptions _options;

    public FsrsScheduler(FsrsParameters? parameters = null, FsrsSchedulerOptions? options = null, bool allowAnyRetention = false)
    {
        Parameters = parameters ?? FsrsParameters.Default;
        _options = options ?? FsrsSchedulerOptions.Default;
        _options.Validate(allowAnyRetention);
        Memory = new FsrsMemory(Parameters);
    }

    public FsrsParameters Parameters { get; }

    public FsrsMemory Memory { get; }

    public FsrsSchedulerOptions Options => _options;

    public FsrsReviewResult Review(FsrsCardState card, FsrsRating rating, DateTimeOffset reviewTime)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Enum.IsDefined(rating)) throw new ArgumentOutOfRangeException(nameof(rating), rating, "An FSRS rating is 1-4.");
        if (card.LastReview is { } last && reviewTime < last)
            throw new ArgumentException("A review cannot precede the card's last review.", nameof(reviewTime));

        var elapsed = card.LastReview is { } previous ? FsrsMemory.ElapsedDays(previous, reviewTime) : 0;
        var memory = Memory.Step(card.Memory, elapsed, rating);

        var (state, step, interval) = card.State switch
        {
            FsrsCardStatus.New or FsrsCardStatus.Learning => Stepped(FsrsCardStatus.Learning, card.Step ?? 0, _options.LearningSteps, rating, memory),
            FsrsCardStatus.Relearning => Stepped(FsrsCardStatus.Relearning, card.Step ?? 0, _options.RelearningSteps, rating, memory),
            _ => FromReview(rating, memory),
        };

        if (state == FsrsCardStatus.Review && _options.EnableFuzz)
            interval = TimeSpan.FromDays(FsrsFuzz.Apply((int)interval.TotalDays, _options.MaximumInterval, _options.Random ?? Random.Shared));

        var next = new FsrsCardState(state, step, memory.Stability, memory.Difficulty, reviewTime + interval, reviewTime);
        return new FsrsReviewResult(next, interval);
    }

    /// <summary>The probability of recall at <paramref name="now"/>; null for a new card.</summary>
    public double? Retrievability(FsrsCardState card, DateTimeOffset now) =>
        card.Memory is { } m && card.LastReview is { } last ? Memory.Retrievability(FsrsMemory.ElapsedDays(last, now), m.Stability) : null;

    private (FsrsCardStatus, int?, TimeSpan) Stepped(
        FsrsCardStatus stepping, int step, IReadOnlyList<TimeSpan> steps, FsrsRating rating, FsrsMemoryState memory)
    {
        if (steps.Count == 0 || (step >= steps.Count && rating != FsrsRating.Again))
            return Graduate(memory);

        return rating switch
        {
            FsrsRating.Again => (stepping, 0, steps[0]),
            FsrsRating.Hard => (stepping, step, HardStep(step, steps)),
            FsrsRating.Good when step + 1 >= steps.Count => Graduate(memory),
            FsrsRating.Good => (stepping, step + 1, steps[step + 1]),
            _ => Graduate(memory),
        };
    }

    private static TimeSpan HardStep(int step, IReadOnlyList<TimeSpan> steps) => step switch
    {
        0 when steps.Count == 1 => steps[0] * 1.5,
        0 => (steps[0] + steps[1]) / 2,
        _ => steps[Math.Min(step, steps.Count - 1)],
    };

    private (FsrsCardStatus, int?, TimeSpan) FromReview(FsrsRating rating, FsrsMemoryState memory) =>
        rating == FsrsRating.Again && _options.RelearningSteps.Count > 0
            ? (FsrsCardStatus.Relearning, 0, _options.RelearningSteps[0])
            : Graduate(memory);

    private (FsrsCardStatus, int?, TimeSpan) Graduate(FsrsMemoryState memory) =>
        (FsrsCardStatus.Review, null, TimeSpan.FromDays(Memory.NextInterval(memory.Stability, _options.DesiredRetention, _options.MaximumInterval)));
}
