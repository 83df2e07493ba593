using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Tests.Evaluation;

namespace PrepCode.Core.Tests.Fsrs;

public class FsrsOptimizerTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<FsrsReview>[] FixtureHistories() => [.. FixtureEvaluationTests.LoadFixture().Select(c => c.Reviews)];

    private static void AssertWithinBounds(FsrsParameters parameters)
    {
        for (var i = 0; i < FsrsParameters.Count; i++)
            Assert.InRange(parameters[i], FsrsParameters.LowerBounds[i], FsrsParameters.UpperBounds[i]);
    }

    [Fact]
    public void Fitting_the_fixture_lowers_its_training_loss_and_keeps_every_weight_in_bounds()
    {
        var fit = new FsrsOptimizer().Fit(FixtureHistories());

        Assert.False(fit.KeptInitial);
        Assert.True(fit.LogLossAfter < fit.LogLossBefore);
        Assert.Equal(fit.LogLossAfter, new FsrsTrainingSet(FixtureHistories()).LogLoss(new FsrsMemory(fit.Parameters)), 12);
        AssertWithinBounds(fit.Parameters);
    }

    [Fact]
    public void A_reckless_learning_rate_still_yields_weights_within_bounds_and_no_worse_than_the_defaults()
    {
        var fit = new FsrsOptimizer(FsrsOptimizerOptions.Default with { LearningRate = 5, MinimumSteps = 20 }).Fit(FixtureHistories());

        AssertWithinBounds(fit.Parameters);
        Assert.True(fit.LogLossAfter <= fit.LogLossBefore);
    }

    [Fact]
    public void A_history_of_five_reviews_never_scores_worse_than_the_defaults_on_itself()
    {
        FsrsReview[] history =
        [
            new(Day0, FsrsRating.Good), new(Day0.AddDays(2), FsrsRating.Good), new(Day0.AddDays(9), FsrsRating.Again),
            new(Day0.AddDays(10), FsrsRating.Hard), new(Day0.AddDays(14), FsrsRating.Good),
        ];

        var fit = new FsrsOptimizer().Fit([history]);
        var defaults = new FsrsTrainingSet([history]).LogLoss(FsrsMemory.Default);

        Assert.Equal(4, fit.ScoredReviewCount);
        Assert.True(fit.LogLossAfter <= defaults);
        Assert.Equal(fit.KeptInitial, fit.Parameters.Equals(FsrsParameters.Default));
        AssertWithinBounds(fit.Parameters);
    }

    [Fact]
    public void A_history_with_nothing_to_score_returns_the_defaults()
    {
        var fit = new FsrsOptimizer().Fit([[new FsrsReview(Day0, FsrsRating.Good), new FsrsReview(Day0.AddMinutes(10), FsrsRating.Good)]]);

        Assert.True(fit.KeptInitial);
        Assert.Equal(FsrsParameters.Default, fit.Parameters);
        Assert.Equal(0, fit.ScoredReviewCount);
    }

    [Fact]
    public void The_same_input_gives_the_same_weights()
    {
        var options = FsrsOptimizerOptions.Default with { MinimumSteps = 40 };

        Assert.Equal(new FsrsOptimizer(options).Fit(FixtureHistories()).Parameters, new FsrsOptimizer(options).Fit(FixtureHistories()).Parameters);
    }

    [Fact]
    public void Progress_is_reported_once_per_epoch_with_the_training_loss()
    {
        var reports = new List<(int Epoch, int Total, double Loss)>();
        var fit = new FsrsOptimizer(FsrsOptimizerOptions.Default with { MinimumSteps = 10 }).Fit(FixtureHistories(), progress: new SyncProgress(reports.Add));

        Assert.Equal(Enumerable.Range(1, fit.Epochs), reports.Select(r => r.Epoch));
        Assert.All(reports, r => Assert.Equal(fit.Epochs, r.Total));
        Assert.All(reports, r => Assert.InRange(r.Loss, 0, 1));
    }

    [Fact]
    public void A_cancelled_fit_stops_with_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new FsrsOptimizer().Fit(FixtureHistories(), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void The_loss_skips_first_and_same_day_reviews_but_they_still_shape_the_state()
    {
        FsrsReview[] history = [new(Day0, FsrsRating.Again), new(Day0.AddMinutes(10), FsrsRating.Good), new(Day0.AddDays(3), FsrsRating.Good)];
        var memory = FsrsMemory.Default;
        var state = memory.Next(memory.Initial(FsrsRating.Again), 0, FsrsRating.Good);
        // 3 days after the first review is 2 days 23 h 50 min after the second: 2 whole days.
        var expected = -Math.Log(memory.Retrievability(2, state.Stability));

        var set = new FsrsTrainingSet([history]);

        Assert.Equal(1, set.ScoredReviewCount);
        Assert.Equal(expected, set.LogLoss(memory), 12);
    }

    private sealed class SyncProgress(Action<(int, int, double)> report) : IProgress<(int Epoch, int Total, double Loss)>
    {
        public void Report((int Epoch, int Total, double Loss) value) => report(value);
    }
}
