using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling.Fsrs;
using Xunit.Abstractions;

namespace PrepCode.Core.Tests.Evaluation;

/// <summary>
/// The committed fixture was written by bench/ReviewLogGenerator with
/// <c>--seed 2 --learners 1 --cards 300 --days 365</c>: one simulated learner whose true forgetting follows
/// weights the models do not know.
/// </summary>
public class FixtureEvaluationTests(ITestOutputHelper output)
{
    private const string FixtureName = "simulated-300-cards-seed-2.csv";

    internal static IReadOnlyList<CardHistory> LoadFixture()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "tests", "fixtures", "reviews", FixtureName)))
            directory = directory.Parent;
        Assert.NotNull(directory);
        var read = ReviewLogCsv.Parse(File.ReadAllText(Path.Combine(directory.FullName, "tests", "fixtures", "reviews", FixtureName)));
        Assert.Empty(read.Errors);
        return CardHistory.FromLog(read.Entries);
    }

    [Fact]
    public void Evaluating_the_fixture_twice_gives_the_same_figures()
    {
        var cards = LoadFixture();

        var first = new ModelEvaluator().Evaluate(cards);
        var second = new ModelEvaluator().Evaluate(cards);
        output.WriteLine(first.ToText());

        Assert.Equal(first.Fit.Parameters, second.Fit.Parameters);
        foreach (var (a, b) in first.Scores.Zip(second.Scores))
        {
            Assert.Equal(a.Model, b.Model);
            Assert.Equal(a.LogLoss, b.LogLoss, 1e-9);
            Assert.Equal(a.RmseBins, b.RmseBins, 1e-9);
            Assert.Equal(a.Auc, b.Auc, 1e-9);
        }
    }

    [Fact]
    public void Fitted_fsrs_beats_sm2_and_the_defaults_on_log_loss_on_the_fixture()
    {
        var report = new ModelEvaluator().Evaluate(LoadFixture());
        output.WriteLine(report.ToText());

        Assert.False(report.Fit.KeptInitial);
        Assert.True(report[ModelEvaluator.FsrsFitted].LogLoss < report[ModelEvaluator.Sm2].LogLoss);
        Assert.True(report[ModelEvaluator.FsrsFitted].LogLoss < report[ModelEvaluator.FsrsDefault].LogLoss);
    }
}
