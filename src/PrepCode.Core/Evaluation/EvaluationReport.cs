using System.Globalization;
using System.Text;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Evaluation;

/// <summary>One model's figures over the scored reviews.</summary>
public sealed record ModelScore(string Model, double LogLoss, double RmseBins, double Auc, int ScoredReviews);

/// <summary>
/// The outcome of <see cref="ModelEvaluator"/>. Everything but <see cref="FitDuration"/> is a deterministic function of the input.
/// </summary>
public sealed record EvaluationReport(
    int Cards,
    int Reviews,
    int TrainingReviews,
    int ScoredReviews,
    double TrainFraction,
    IReadOnlyList<ModelScore> Scores,
    FsrsFitResult Fit,
    TimeSpan FitDuration)
{
    public ModelScore this[string model] => Scores.Single(s => s.Model == model);

    /// <summary>A plain-text table for a terminal.</summary>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{Cards} cards, {Reviews} reviews. Reviews before the {TrainFraction:P0} time cutoff train ({TrainingReviews} reviews);");
        text.AppendLine(c, $"{ScoredReviews} later reviews (first and same-day ones excluded) are scored, each predicted from all earlier reviews of its card.");
        text.AppendLine();
        text.AppendLine(c, $"{"Model",-20} {"Log loss",9} {"RMSE(bins)",11} {"AUC",7}");
        foreach (var s in Scores)
            text.AppendLine(c, $"{s.Model,-20} {s.LogLoss,9:F4} {s.RmseBins,11:F4} {s.Auc,7:F4}");
        text.AppendLine();
        var outcome = Fit.KeptInitial ? "no improvement, defaults kept" : "fitted";
        text.AppendLine(c, $"FSRS-6 fit: training log loss {Fit.LogLossBefore:F4} -> {Fit.LogLossAfter:F4} ({outcome}; {Fit.ScoredReviewCount} training reviews in the loss, {Fit.Epochs} epochs, {Fit.Steps} steps, {FitDuration.TotalSeconds:F2} s).");
        text.AppendLine(c, $"Fitted weights: {Fit.Parameters.ToString(4)}");
        return text.ToString();
    }
}
