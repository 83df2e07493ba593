namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// Fits the 21 FSRS-6 weights to review histories.
/// <para>Objective: the mean binary log loss of R(t, S) against recall (rating &gt; Again) over every review that is
/// neither a card's first nor a same-day review (those still update the state), plus a pull toward the initial
/// (default) weights d: (λ / n)·Σ((w_i − d_i)/σ_i)², σ_i = a tenth of w_i's bound range, n = scored reviews. The pull
/// is strong for a short history and fades as reviews accumulate.</para>
/// <para>Method: Adam (β1 0.9, β2 0.999) on mini-batches of whole cards (about <see cref="FsrsOptimizerOptions.BatchSize"/>
/// scored reviews each, cards reshuffled every epoch with a seeded Random), learning rate on a cosine from the set rate
/// to 0, gradients by central differences (step 1e-5·max(1, |w_i|)) evaluated in parallel per weight. After each step
/// every weight is clamped into its bound. The weights with the lowest full objective at the end of an epoch win; if
/// their plain training log loss is not below that of the initial weights, the initial weights are returned.</para>
/// Deterministic for a given input, options and seed.
/// </summary>
public sealed class FsrsOptimizer(FsrsOptimizerOptions? options = null)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly FsrsOptimizerOptions _options = options ?? FsrsOptimizerOptions.Default;

    public FsrsFitResult Fit(
        IEnumerable<IEnumerable<FsrsReview>> histories,
        FsrsParameters? initial = null,
        IProgress<(int Epoch, int Total, double Loss)>? progress = null,
        CancellationToken cancellationToken = default) =>
        Fit(new FsrsTrainingSet(histories), initial, progress, cancellationToken);

    public FsrsFitResult Fit(
        FsrsTrainingSet data,
        FsrsParameters? initial = null,
        IProgress<(int Epoch, int Total, double Loss)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var start = initial ?? FsrsParameters.Default;
        var anchor = start.ToArray();
        var n = data.ScoredReviewCount;
        var before = data.LogLoss(new FsrsMemory(start));
        if (n == 0) return new FsrsFitResult(start, before, before, 0, 0, 0, KeptInitial: true);

        var lower = FsrsParameters.LowerBounds;
        var upper = FsrsParameters.UpperBounds;
        var sigma = Enumerable.Range(0, FsrsParameters.Count).Select(i => (upper[i] - lower[i]) / 10).ToArray();
        var penaltyWeight = _options.PenaltyStrength / n;

        double Penalty(double[] w)
        {
            var sum = 0.0;
            for (var i = 0; i < w.Length; i++) sum += Square((w[i] - anchor[i]) / sigma[i]);
            return penaltyWeight * sum;
        }

        double Objective(double[] w) => data.LogLoss(new FsrsMemory(w)) + Penalty(w);

        var cards = Enumerable.Range(0, data.CardCount).Where(c => data.ScoredReviewsOf(c) > 0).ToArray();
        var random = new Random(_options.Seed);
        var batchesPerEpoch = Batches(cards, data).Count;
        var epochs = Math.Max(_options.MinimumEpochs, (_options.MinimumSteps + batchesPerEpoch - 1) / batchesPerEpoch);
        var totalSteps = epochs * batchesPerEpoch;

        var w = (double[])anchor.Clone();
        var m = new double[w.Length];
        var v = new double[w.Length];
        var best = (double[])w.Clone();
        var bestObjective = Objective(w);
        var step = 0;

        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(cards);
            foreach (var batch in Batches(cards, data))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var gradient = Gradient(data, batch, w, cancellationToken);
                for (var i = 0; i < w.Length; i++)
                    gradient[i] += penaltyWeight * 2 * (w[i] - anchor[i]) / Square(sigma[i]);

                step++;
                var rate = _options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * (step - 1) / totalSteps));
                for (var i = 0; i < w.Length; i++)
                {
                    m[i] = Beta1 * m[i] + (1 - Beta1) * gradient[i];
                    v[i] = Beta2 * v[i] + (1 - Beta2) * gradient[i] * gradient[i];
                    var mHat = m[i] / (1 - Math.Pow(Beta1, step));
                    var vHat = v[i] / (1 - Math.Pow(Beta2, step));
                    w[i] -= rate * mHat / (Math.Sqrt(vHat) + Epsilon);
                }
                FsrsParameters.ClampInPlace(w);
            }

            var objective = Objective(w);
            if (objective < bestObjective)
            {
                bestObjective = objective;
                best = (double[])w.Clone();
            }
            progress?.Report((epoch, epochs, data.LogLoss(new FsrsMemory(w))));
        }

        var after = data.LogLoss(new FsrsMemory(best));
        return after < before
            ? new FsrsFitResult(new FsrsParameters(best), before, after, n, epochs, totalSteps, KeptInitial: false)
            : new FsrsFitResult(start, before, before, n, epochs, totalSteps, KeptInitial: true);
    }

    /// <summary>Gradient of the batch's mean log loss by central differences, one task per weight.</summary>
    private double[] Gradient(FsrsTrainingSet data, int[] batch, double[] w, CancellationToken cancellationToken)
    {
        var count = batch.Sum(data.ScoredReviewsOf);
        var gradient = new double[w.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, w.Length, parallel, i =>
        {
            var h = 1e-5 * Math.Max(1, Math.Abs(w[i]));
            var plus = (double[])w.Clone();
            var minus = (double[])w.Clone();
            plus[i] += h;
            minus[i] -= h;
            gradient[i] = (BatchLoss(data, batch, new FsrsMemory(plus)) - BatchLoss(data, batch, new FsrsMemory(minus))) / (2 * h * count);
        });
        return gradient;
    }

    private static double BatchLoss(FsrsTrainingSet data, int[] batch, FsrsMemory memory)
    {
        var sum = 0.0;
        foreach (var card in batch) sum += data.CardLoss(memory, card);
        return sum;
    }

    /// <summary>Consecutive cards grouped until each group holds at least the batch size in scored reviews.</summary>
    private List<int[]> Batches(int[] cards, FsrsTrainingSet data)
    {
        var batches = new List<int[]>();
        var current = new List<int>();
        var size = 0;
        foreach (var card in cards)
        {
            current.Add(card);
            size += data.ScoredReviewsOf(card);
            if (size < _options.BatchSize) continue;
            batches.Add([.. current]);
            current.Clear();
            size = 0;
        }
        if (current.Count > 0) batches.Add([.. current]);
        return batches;
    }

    private static double Square(double x) => x * x;
}
