using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Evaluation;

public class ModelEvaluationTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    private static FsrsReview At(double days, FsrsRating rating) => new(Day0.AddDays(days), rating);

    // Card A: Good on days 0, 1, 3, then Again on day 10. Card B: Good on days 5 and 20.
    // Six review times, cutoff = time ⌊0.7·6⌋ = 4th (0-based) = day 10. Training: A's days 0, 1, 3 and B's day 5.
    // Scored: A on day 10 (7 days after day 3) and B on day 20 (15 days after day 5).
    private static readonly CardHistory[] Cards =
    [
        new("A", [At(0, FsrsRating.Good), At(1, FsrsRating.Good), At(3, FsrsRating.Good), At(10, FsrsRating.Again)]),
        new("B", [At(5, FsrsRating.Good), At(20, FsrsRating.Good)]),
    ];

    [Fact]
    public void The_split_trains_on_reviews_before_the_shared_cutoff_and_scores_the_rest()
    {
        var split = new TimeSeriesSplit();

        Assert.Equal(Day0.AddDays(10), split.Cutoff(Cards));
        Assert.Equal([3, 1], split.TrainingHistories(Cards).Select(h => h.Count));
        Assert.Equal([3], TimeSeriesSplit.ScoredIndices(Cards[0].Reviews, Day0.AddDays(10)));
        Assert.Equal([1], TimeSeriesSplit.ScoredIndices(Cards[1].Reviews, Day0.AddDays(10)));
    }

    [Fact]
    public void Same_day_reviews_and_first_reviews_are_never_scored()
    {
        FsrsReview[] reviews = [At(30, FsrsRating.Again), At(30.01, FsrsRating.Good), At(31.5, FsrsRating.Good)];

        Assert.Equal([2], TimeSeriesSplit.ScoredIndices(reviews, Day0));
    }

    [Fact]
    public void Sm2_figures_on_a_tiny_log_match_a_hand_calculation()
    {
        // SM-2 after A's three Goods (q 4): I = 1, 6, ⌈6·2.5⌉ = 15; the day-10 review comes 7 days later:
        //   p = 0.9^(7/15) = 0.9520209, forgotten → −ln(0.0479791) = 3.0369...
        // B after one Good: I = 1; 15 days later p = 0.9^15 = 0.2058911, recalled → −ln 0.2058911 = 1.5804...
        // Log loss (3.0369 + 1.5804) / 2 = 2.3086993.
        // AUC: the one recall has the lower p → 0.
        // RMSE(bins): two bins of one review: sqrt((0.9520209² + (1 − 0.2058911)²) / 2) = 0.8766279.
        var scored = new TimeSeriesSplit().Score(new Sm2RecallModel(), Cards);

        Assert.Equal([0.9520209, 0.2058911], scored.Select(s => Math.Round(s.Probability, 7)));
        Assert.Equal(2.3086993, RecallMetrics.LogLoss(scored), 1e-6);
        Assert.Equal(0, RecallMetrics.Auc(scored));
        Assert.Equal(0.8766279, RecallMetrics.RmseBins(scored), 1e-6);
    }

    [Fact]
    public void Fsrs_predictions_are_the_forgetting_curve_at_the_replayed_stability()
    {
        var memory = FsrsMemory.Default;
        var state = memory.Next(memory.Next(memory.Initial(FsrsRating.Good), 1, FsrsRating.Good), 2, FsrsRating.Good);

        var predictions = new FsrsRecallModel("FSRS", FsrsParameters.Default).Predict(Cards[0].Reviews);

        Assert.True(double.IsNaN(predictions[0]));
        Assert.Equal(memory.Retrievability(1, 2.3065), predictions[1], 12);
        Assert.Equal(memory.Retrievability(7, state.Stability), predictions[3], 12);
    }

    [Fact]
    public void The_report_prints_one_row_per_model()
    {
        var report = new ModelEvaluator().Evaluate(Cards);
        var text = report.ToText();

        Assert.Equal(2, report.ScoredReviews);
        Assert.Contains(ModelEvaluator.Sm2, text, StringComparison.Ordinal);
        Assert.Contains(ModelEvaluator.FsrsDefault, text, StringComparison.Ordinal);
        Assert.Contains(ModelEvaluator.FsrsFitted, text, StringComparison.Ordinal);
        Assert.Contains("2.3087", text, StringComparison.Ordinal);
    }
}
