using PrepCode.Core.Evaluation;

namespace PrepCode.Core.Tests.Evaluation;

public class RecallMetricsTests
{
    // (p, recalled, elapsed days, prior reviews, prior lapses)
    private static readonly ScoredPrediction[] Four =
    [
        new(0.9, true, 1, 1, 0),
        new(0.8, false, 1, 1, 0),
        new(0.6, true, 10, 3, 1),
        new(0.6, false, 10, 3, 1),
    ];

    [Fact]
    public void Log_loss_is_the_mean_negative_log_likelihood()
    {
        // (−ln 0.9 − ln 0.2 − ln 0.6 − ln 0.4) / 4 = (0.1053605 + 1.6094379 + 0.5108256 + 0.9162907) / 4 = 0.7854787
        Assert.Equal(0.7854787, RecallMetrics.LogLoss(Four), 1e-7);
    }

    [Fact]
    public void Auc_averages_the_ranks_of_tied_predictions()
    {
        // Sorted p: 0.6 (recalled), 0.6 (forgotten), 0.8 (forgotten), 0.9 (recalled); the tied 0.6s share rank 1.5.
        // Recalled rank sum 1.5 + 4 = 5.5; AUC = (5.5 − 2·3/2) / (2·2) = 0.625.
        // Pairwise check: 0.9 beats both forgotten (2), 0.6 ties one (0.5) and loses one: 2.5 / 4.
        Assert.Equal(0.625, RecallMetrics.Auc(Four), 12);
    }

    [Fact]
    public void Rmse_over_bins_weights_each_bin_by_its_size()
    {
        // Bin (t 1, i 1, no lapse): mean p 0.85, mean y 0.5, n 2 → 2·0.35² = 0.245.
        // Bin (t 10, i 3, 1 lapse):  mean p 0.6,  mean y 0.5, n 2 → 2·0.1²  = 0.02.
        // sqrt(0.265 / 4) = 0.2573908
        Assert.Equal(0.2573908, RecallMetrics.RmseBins(Four), 1e-7);
    }

    [Theory]
    // Bins are ⌊ln t / ln 3.62⌋, ⌊ln i / ln 1.89⌋, lapses 0 → −1 else ⌊ln l / ln 1.73⌋.
    [InlineData(1, 1, 0, 0, 0, -1)]
    [InlineData(3, 2, 1, 0, 1, 0)]
    [InlineData(4, 3, 2, 1, 1, 1)]
    [InlineData(14, 4, 3, 2, 2, 2)]
    public void Bins_grow_geometrically_like_the_fsrs_benchmark(int t, int i, int lapses, int tBin, int iBin, int lapseBin) =>
        Assert.Equal((tBin, iBin, lapseBin), RecallMetrics.BinKey(new ScoredPrediction(0.5, true, t, i, lapses)));

    [Fact]
    public void Auc_is_undefined_with_one_class_only_and_everything_is_undefined_when_empty()
    {
        Assert.True(double.IsNaN(RecallMetrics.Auc([new(0.5, true, 1, 1, 0)])));
        Assert.True(double.IsNaN(RecallMetrics.LogLoss([])));
        Assert.True(double.IsNaN(RecallMetrics.RmseBins([])));
    }
}
