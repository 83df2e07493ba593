using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Fsrs;

/// <summary>Vectors published with the reference FSRS-6 implementations, checked to 1e-4.</summary>
public class FsrsConformanceTests
{
    private const double Tolerance = 1e-4;

    private static FsrsMemoryState ReplayMemory(FsrsMemory memory, int[] ratings, int[] elapsedDays)
    {
        FsrsMemoryState? state = null;
        for (var i = 0; i < ratings.Length; i++)
            state = memory.Step(state, elapsedDays[i], (FsrsRating)ratings[i]);
        return state!.Value;
    }

    [Fact]
    public void Ratings_again_then_five_goods_at_days_0_0_1_3_8_21_give_the_reference_memory_state()
    {
        var state = ReplayMemory(FsrsMemory.Default, [1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21]);

        Assert.Equal(53.62691, state.Stability, Tolerance);
        Assert.Equal(6.3574867, state.Difficulty, Tolerance);
    }

    [Fact]
    public void Without_the_same_day_terms_the_same_history_gives_the_reference_stability()
    {
        var parameters = FsrsParameters.Default.WithWeights((17, 0), (18, 0), (19, 0));
        var state = ReplayMemory(new FsrsMemory(parameters), [1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21]);

        Assert.Equal(53.335106, state.Stability, Tolerance);
    }

    [Fact]
    public void Intervals_for_stability_1_across_desired_retention_match_the_reference()
    {
        int[] expected = [3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1];
        var actual = Enumerable.Range(1, 10)
            .Select(i => FsrsMemory.Default.NextInterval(1, i / 10.0, int.MaxValue))
            .ToArray();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(FsrsRating.Again, 0.212, 6.4133)]
    [InlineData(FsrsRating.Hard, 1.2931, 5.11217071)]
    [InlineData(FsrsRating.Good, 2.3065, 2.11810397)]
    [InlineData(FsrsRating.Easy, 8.2956, 1)]
    public void The_first_review_sets_the_reference_stability_and_difficulty(FsrsRating rating, double stability, double difficulty)
    {
        var state = FsrsMemory.Default.Initial(rating);

        Assert.Equal(stability, state.Stability, Tolerance);
        Assert.Equal(difficulty, state.Difficulty, Tolerance);
    }

    [Fact]
    public void Six_goods_two_agains_five_goods_answered_when_due_give_the_reference_intervals()
    {
        var scheduler = new FsrsScheduler(options: FsrsSchedulerOptions.Default with { EnableFuzz = false });
        var now = new DateTimeOffset(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);
        var card = FsrsCardState.New(now);
        FsrsRating[] ratings = [.. Enumerable.Repeat(FsrsRating.Good, 6), FsrsRating.Again, FsrsRating.Again, .. Enumerable.Repeat(FsrsRating.Good, 5)];

        var intervals = new List<int>();
        foreach (var rating in ratings)
        {
            var result = scheduler.Review(card, rating, card.Due);
            intervals.Add(result.ScheduledDays);
            card = result.Card;
        }

        Assert.Equal([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21], intervals);
    }
}
