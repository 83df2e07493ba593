namespace PrepCode.Core.Evaluation;

/// <summary>
/// One scored review: the predicted recall probability, whether it was recalled, and the features that bin it for
/// RMSE(bins): whole days since the previous review, how many reviews came before, how many of those were Again.
/// </summary>
public readonly record struct ScoredPrediction(double Probability, bool Recalled, int ElapsedDays, int PriorReviews, int PriorLapses);

/// <summary>The three figures the FSRS benchmark reports, computed exactly as documented on each method.</summary>
public static class RecallMetrics
{
    /// <summary>Mean of −ln p (recalled) or −ln(1 − p) (forgotten), p clamped to [1e-9, 1 − 1e-9]; NaN when empty.</summary>
    public static double LogLoss(IReadOnlyList<ScoredPrediction> scored)
    {
        if (scored.Count == 0) return double.NaN;
        var sum = 0.0;
        foreach (var s in scored)
        {
            var p = Math.Clamp(s.Probability, 1e-9, 1 - 1e-9);
            sum += s.Recalled ? -Math.Log(p) : -Math.Log(1 - p);
        }
        return sum / scored.Count;
    }

    /// <summary>
    /// RMSE(bins) = sqrt(Σ n_b·(mean p_b − mean y_b)² / Σ n_b). Bins, as the FSRS benchmark forms them: the key is
    /// (⌊ln t / ln 3.62⌋, ⌊ln i / ln 1.89⌋, lapses = 0 ? −1 : ⌊ln lapses / ln 1.73⌋) for t elapsed days, i prior reviews.
    /// </summary>
    public static double RmseBins(IReadOnlyList<ScoredPrediction> scored)
    {
        if (scored.Count == 0) return double.NaN;
        var bins = new Dictionary<(int, int, int), (int N, double P, double Y)>();
        foreach (var s in scored)
        {
            var key = BinKey(s);
            var (n, p, y) = bins.GetValueOrDefault(key);
            bins[key] = (n + 1, p + s.Probability, y + (s.Recalled ? 1 : 0));
        }
        var sum = 0.0;
        foreach (var (n, p, y) in bins.Values)
        {
            var diff = p / n - y / n;
            sum += n * diff * diff;
        }
        return Math.Sqrt(sum / scored.Count);
    }

    public static (int, int, int) BinKey(ScoredPrediction s) => (
        LogBin(s.ElapsedDays, 3.62),
        LogBin(s.PriorReviews, 1.89),
        s.PriorLapses == 0 ? -1 : LogBin(s.PriorLapses, 1.73));

    /// <summary>
    /// Area under the ROC curve by ranks (Mann-Whitney): sort by p, give tied p their average rank, then
    /// AUC = (Σ ranks of recalled − n₁(n₁ + 1)/2) / (n₁·n₀). NaN when either class is absent.
    /// </summary>
    public static double Auc(IReadOnlyList<ScoredPrediction> scored)
    {
        var positives = scored.Count(s => s.Recalled);
        var negatives = scored.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        var order = scored.Select(s => (s.Probability, s.Recalled)).OrderBy(s => s.Probability).ToArray();
        var rankSum = 0.0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && order[j + 1].Probability == order[i].Probability) j++;
            var averageRank = (i + j + 2) / 2.0; // ranks are 1-based: positions i..j hold ranks i+1..j+1
            for (var k = i; k <= j; k++)
                if (order[k].Recalled) rankSum += averageRank;
            i = j + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    private static int LogBin(int x, double b) => (int)Math.Floor(Math.Log(Math.Max(1, x)) / Math.Log(b) + 1e-12);
}
