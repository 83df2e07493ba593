using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Fsrs;

public class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static FsrsScheduler NoFuzz(FsrsSchedulerOptions? options = null) =>
        new(options: (options ?? FsrsSchedulerOptions.Default) with { EnableFuzz = false });

    [Fact]
    public void A_new_card_rated_good_moves_to_the_second_learning_step_ten_minutes_later()
    {
        var result = NoFuzz().Review(FsrsCardState.New(Now), FsrsRating.Good, Now);

        Assert.Equal(FsrsCardStatus.Learning, result.Card.State);
        Assert.Equal(1, result.Card.Step);
        Assert.Equal(Now.AddMinutes(10), result.Card.Due);
    }

    [Fact]
    public void Hard_on_the_first_of_two_steps_waits_halfway_between_them()
    {
        var result = NoFuzz().Review(FsrsCardState.New(Now), FsrsRating.Hard, Now);

        Assert.Equal(0, result.Card.Step);
        Assert.Equal(TimeSpan.FromMinutes(5.5), result.Interval);
    }

    [Fact]
    public void Easy_graduates_a_new_card_straight_to_review()
    {
        var result = NoFuzz().Review(FsrsCardState.New(Now), FsrsRating.Easy, Now);

        Assert.Equal(FsrsCardStatus.Review, result.Card.State);
        Assert.Null(result.Card.Step);
        Assert.Equal(FsrsMemory.Default.NextInterval(8.2956, 0.9), result.ScheduledDays);
    }

    [Fact]
    public void Without_learning_steps_the_first_review_schedules_whole_days()
    {
        var result = NoFuzz(FsrsSchedulerOptions.Default with { LearningSteps = [] }).Review(FsrsCardState.New(Now), FsrsRating.Again, Now);

        Assert.Equal(FsrsCardStatus.Review, result.Card.State);
        Assert.Equal(1, result.ScheduledDays);
    }

    [Fact]
    public void A_lapse_in_review_goes_to_relearning_and_stays_there_on_again()
    {
        var scheduler = NoFuzz();
        var card = scheduler.Review(FsrsCardState.New(Now), FsrsRating.Easy, Now).Card;
        var lapse = scheduler.Review(card, FsrsRating.Again, card.Due).Card;
        var again = scheduler.Review(lapse, FsrsRating.Again, lapse.Due).Card;

        Assert.Equal(FsrsCardStatus.Relearning, lapse.State);
        Assert.Equal(FsrsCardStatus.Relearning, again.State);
        Assert.Equal(0, again.Step);
        Assert.Equal(lapse.Due.AddMinutes(10), again.Due);
    }

    [Fact]
    public void Fuzz_with_a_seeded_random_is_reproducible_and_stays_in_the_reference_range()
    {
        var options = FsrsSchedulerOptions.Default with { LearningSteps = [] };
        var card = new FsrsCardState(FsrsCardStatus.Review, null, 60, 5, Now, Now.AddDays(-60));
        var plain = NoFuzz(options).Review(card, FsrsRating.Good, Now).ScheduledDays;
        var (min, max) = FsrsFuzz.Range(plain, 36500);

        var first = new FsrsScheduler(options: options with { Random = new Random(7) });
        var second = new FsrsScheduler(options: options with { Random = new Random(7) });
        var a = Enumerable.Range(0, 50).Select(_ => first.Review(card, FsrsRating.Good, Now).ScheduledDays).ToList();
        var b = Enumerable.Range(0, 50).Select(_ => second.Review(card, FsrsRating.Good, Now).ScheduledDays).ToList();

        Assert.Equal(a, b);
        Assert.All(a, d => Assert.InRange(d, min, max));
        Assert.True(a.Distinct().Count() > 1);
    }

    [Theory]
    // interval, min, max: delta = 1 + 0.15·(min(I,7) − 2.5) + 0.10·(min(I,20) − 7)⁺ + 0.05·(I − 20)⁺
    [InlineData(2, 2, 2)]
    [InlineData(3, 2, 4)]       // delta 1.075
    [InlineData(10, 8, 12)]     // delta 1 + 0.675 + 0.3 = 1.975
    [InlineData(100, 93, 107)]  // delta 1 + 0.675 + 1.3 + 4 = 6.975
    public void The_fuzz_range_grows_with_the_interval_like_the_reference(int interval, int min, int max)
    {
        if (interval >= 3) Assert.Equal((min, max), FsrsFuzz.Range(interval, 36500));
        Assert.InRange(FsrsFuzz.Apply(interval, 36500, new Random(1)), min, max);
    }

    [Fact]
    public void Desired_retention_outside_70_to_99_percent_is_rejected() =>
        Assert.Throws<InvalidOperationException>(() => new FsrsScheduler(options: FsrsSchedulerOptions.Default with { DesiredRetention = 0.5 }));

    [Fact]
    public void Parameters_outside_the_reference_bounds_are_rejected()
    {
        var weights = FsrsParameters.Default.ToArray();
        weights[20] = 0.9;

        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(weights));
        Assert.Contains("w20", error.Message, StringComparison.Ordinal);
        Assert.NotNull(FsrsParameters.Validate([1, 2, 3]));
        Assert.Null(FsrsParameters.Validate(FsrsParameters.Default.Weights));
    }
}
