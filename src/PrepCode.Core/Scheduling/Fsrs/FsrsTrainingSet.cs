namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// Review histories compiled for fast, repeated loss evaluation: per card, its reviews in time order as
/// (whole days since the previous review, rating). A review is scored (a "loss item") when it is not the card's first
/// and comes at least one whole day after the previous one; same-day reviews still update the state.
/// The target is recall (rating &gt; Again); the prediction is R(t, S) from the state before the review.
/// </summary>
public sealed class FsrsTrainingSet
{
    private readonly int[] _start;   // card c's reviews are [_start[c], _start[c + 1])
    private readonly int[] _elapsed;
    private readonly byte[] _rating;
    private readonly int[] _scored;  // loss items per card

    public FsrsTrainingSet(IEnumerable<IEnumerable<FsrsReview>> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var start = new List<int> { 0 };
        var elapsed = new List<int>();
        var rating = new List<byte>();
        var scored = new List<int>();
        foreach (var history in histories)
        {
            var ordered = history.OrderBy(r => r.Time).ToArray();
            if (ordered.Length == 0) continue;
            var items = 0;
            for (var i = 0; i < ordered.Length; i++)
            {
                var days = i == 0 ? 0 : FsrsMemory.ElapsedDays(ordered[i - 1].Time, ordered[i].Time);
                elapsed.Add(days);
                rating.Add((byte)ordered[i].Rating);
                if (i > 0 && days >= 1) items++;
            }
            scored.Add(items);
            start.Add(elapsed.Count);
        }
        _start = [.. start];
        _elapsed = [.. elapsed];
        _rating = [.. rating];
        _scored = [.. scored];
        ScoredReviewCount = _scored.Sum();
    }

    public int CardCount => _scored.Length;

    public int ReviewCount => _elapsed.Length;

    /// <summary>Reviews that enter the loss (not first, not same-day).</summary>
    public int ScoredReviewCount { get; }

    public int ScoredReviewsOf(int card) => _scored[card];

    /// <summary>Mean log loss over all scored reviews; NaN when there are none.</summary>
    public double LogLoss(FsrsMemory memory)
    {
        var sum = 0.0;
        for (var c = 0; c < CardCount; c++) sum += CardLoss(memory, c);
        return ScoredReviewCount == 0 ? double.NaN : sum / ScoredReviewCount;
    }

    /// <summary>Summed log loss of one card's scored reviews.</summary>
    public double CardLoss(FsrsMemory memory, int card)
    {
        var sum = 0.0;
        var end = _start[card + 1];
        var first = _start[card];
        var state = memory.Initial((FsrsRating)_rating[first]);
        for (var i = first + 1; i < end; i++)
        {
            var rating = (FsrsRating)_rating[i];
            var days = _elapsed[i];
            if (days >= 1)
            {
                var r = memory.Retrievability(days, state.Stability);
                sum += BinaryLogLoss(r, rating != FsrsRating.Again);
            }
            state = memory.Next(state, days, rating);
        }
        return sum;
    }

    /// <summary>−ln p when recalled, −ln(1 − p) when forgotten; p is kept within [1e-9, 1 − 1e-9].</summary>
    public static double BinaryLogLoss(double p, bool recalled)
    {
        var q = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return recalled ? -Math.Log(q) : -Math.Log(1 - q);
    }
}
