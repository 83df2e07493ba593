namespace PrepCode.Core.Scheduling;

/// <summary>
/// The seeds' tracker: reviews fall 1, 3, 7 and 14 days (configurable) after the topic was completed (its first grade).
/// <see cref="ReviewState.Repetitions"/> counts the reviews done; the next one is due on completion day + offset[n].
/// After the last offset, reviews continue every (last − previous) days. A grade below 3 restarts the sequence from the
/// review day, as if the topic were completed again. EF is kept as it is (not used).
/// </summary>
public sealed class FixedIntervalScheduler : IScheduler
{
    private readonly int[] _offsets;

    public FixedIntervalScheduler(IReadOnlyList<int> offsets)
    {
        if (offsets.Count == 0 || offsets.Any(o => o <= 0) || offsets.Zip(offsets.Skip(1)).Any(p => p.Second <= p.First))
            throw new ArgumentException("Fixed intervals must be positive and increasing, e.g. [1, 3, 7, 14].", nameof(offsets));
        _offsets = [.. offsets];
    }

    public static FixedIntervalScheduler Default { get; } = new([1, 3, 7, 14]);

    public string Name => "fixed";

    public IReadOnlyList<int> Offsets => _offsets;

    public ReviewState Grade(ReviewState state, int quality, DateOnly reviewDay)
    {
        Quality.Validate(quality);
        var restart = state.DueDate is null || quality < 3;
        // The completion day is kept implicitly: due − offset[reps − 1]; a restart makes today the completion day.
        var completed = restart ? reviewDay : CompletionDay(state);
        var done = restart ? 0 : state.Repetitions;
        var offset = OffsetOf(done);
        return state with
        {
            Repetitions = done + 1,
            IntervalDays = offset - (done == 0 ? 0 : OffsetOf(done - 1)),
            DueDate = completed.AddDays(offset),
            LastReviewed = reviewDay,
            Lapses = state.Lapses + (quality < 3 && state.DueDate is not null ? 1 : 0),
            RepeatToday = false,
        };
    }

    private DateOnly CompletionDay(ReviewState state) =>
        state.DueDate!.Value.AddDays(-OffsetOf(Math.Max(0, state.Repetitions - 1)));

    private int OffsetOf(int index)
    {
        if (index < _offsets.Length) return _offsets[index];
        var step = _offsets.Length > 1 ? _offsets[^1] - _offsets[^2] : _offsets[0];
        return _offsets[^1] + (index - _offsets.Length + 1) * step;
    }
}
