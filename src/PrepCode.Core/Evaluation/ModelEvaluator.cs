using System.Diagnostics;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Evaluation;

/// <summary>
/// Compares SM-2, FSRS-6 with default weights and FSRS-6 fitted to the training part of a log, on the later reviews
/// of every card (see <see cref="TimeSeriesSplit"/> for the split and <see cref="RecallMetrics"/> for the figures).
/// </summary>
public sealed class ModelEvaluator(TimeSeriesSplit? split = null, FsrsOptimizerOptions? optimizerOptions = null)
{
    public const string Sm2 = "SM-2";
    public const string FsrsDefault = "FSRS-6 default";
    public const string FsrsFitted = "FSRS-6 fitted";

    private readonly TimeSeriesSplit _split = split ?? new TimeSeriesSplit();

    public EvaluationReport Evaluate(
        IReadOnlyList<CardHistory> cards,
        IProgress<(int Epoch, int Total, double Loss)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var training = _split.TrainingHistories(cards);
        var clock = Stopwatch.StartNew();
        var fit = new FsrsOptimizer(optimizerOptions).Fit(training, FsrsParameters.Default, progress, cancellationToken);
        clock.Stop();

        IRecallModel[] models =
        [
            new Sm2RecallModel(),
            new FsrsRecallModel(FsrsDefault, FsrsParameters.Default),
            new FsrsRecallModel(FsrsFitted, fit.Parameters),
        ];
        var scores = new List<ModelScore>();
        var scoredCount = 0;
        foreach (var model in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scored = _split.Score(model, cards);
            scoredCount = scored.Count;
            scores.Add(new ModelScore(model.Name, RecallMetrics.LogLoss(scored), RecallMetrics.RmseBins(scored), RecallMetrics.Auc(scored), scored.Count));
        }

        return new EvaluationReport(
            cards.Count,
            cards.Sum(c => c.Reviews.Count),
            training.Sum(t => t.Count),
            scoredCount,
            _split.TrainFraction,
            scores,
            fit,
            clock.Elapsed);
    }
}
