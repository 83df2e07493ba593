using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Evaluation;

/// <summary>Predicts recall for each review of a card from the reviews before it.</summary>
public interface IRecallModel
{
    string Name { get; }

    /// <summary>
    /// Element i is the predicted probability that review i is recalled, given reviews 0..i−1 and the whole days
    /// elapsed since review i−1; element 0 (no history yet) is NaN.
    /// </summary>
    double[] Predict(IReadOnlyList<FsrsReview> reviews);
}

/// <summary>FSRS-6 with given weights: the memory state replayed through reviews 0..i−1, then R(t, S).</summary>
public sealed class FsrsRecallModel(string name, FsrsParameters parameters) : IRecallModel
{
    private readonly FsrsMemory _memory = new(parameters);

    public string Name => name;

    public double[] Predict(IReadOnlyList<FsrsReview> reviews)
    {
        var predictions = new double[reviews.Count];
        if (reviews.Count == 0) return predictions;
        predictions[0] = double.NaN;
        var state = _memory.Initial(reviews[0].Rating);
        for (var i = 1; i < reviews.Count; i++)
        {
            var days = FsrsMemory.ElapsedDays(reviews[i - 1].Time, reviews[i].Time);
            predictions[i] = _memory.Retrievability(days, state.Stability);
            state = _memory.Next(state, days, reviews[i].Rating);
        }
        return predictions;
    }
}

/// <summary>
/// SM-2 as a recall predictor. The reviews are replayed through <see cref="Sm2Scheduler"/> (ratings mapped to quality
/// by <see cref="FsrsRatingMap.ToQuality"/>, study days = UTC dates). SM-2 has no forgetting curve, so one is assumed:
/// R = 0.9^(t / I), with t the whole days since the previous review and I the SM-2 interval then in force: recall is
/// 90 % when the item is reviewed exactly when due, higher when early, lower when late.
/// </summary>
public sealed class Sm2RecallModel : IRecallModel
{
    /// <summary>
    /// <see cref="Sm2Scheduler"/> has no maximum interval, so a long run of passes overflows its due date; intervals are
    /// capped here at the FSRS maximum, 36 500 days, before each grade.
    /// </summary>
    public const int MaximumInterval = FsrsMemory.DefaultMaximumInterval;

    private readonly Sm2Scheduler _sm2 = new();

    public string Name => "SM-2";

    public double[] Predict(IReadOnlyList<FsrsReview> reviews)
    {
        var predictions = new double[reviews.Count];
        var state = ReviewState.New;
        for (var i = 0; i < reviews.Count; i++)
        {
            if (i == 0) predictions[i] = double.NaN;
            else
            {
                var days = FsrsMemory.ElapsedDays(reviews[i - 1].Time, reviews[i].Time);
                predictions[i] = Math.Pow(0.9, days / (double)Math.Max(1, state.IntervalDays));
            }
            var day = DateOnly.FromDateTime(reviews[i].Time.UtcDateTime);
            state = _sm2.Grade(state with { IntervalDays = Math.Min(state.IntervalDays, MaximumInterval) }, FsrsRatingMap.ToQuality(reviews[i].Rating), day);
        }
        return predictions;
    }
}
