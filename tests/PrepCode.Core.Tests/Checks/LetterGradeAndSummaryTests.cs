using PrepCode.Core.Checks;

namespace PrepCode.Core.Tests.Checks;

public sealed class LetterGradeAndSummaryTests
{
    [Theory]
    [InlineData(100, "A+")] [InlineData(97, "A+")] [InlineData(96.9, "A")] [InlineData(93, "A")] [InlineData(92.9, "A-")]
    [InlineData(90, "A-")] [InlineData(89.9, "B+")] [InlineData(87, "B+")] [InlineData(86.9, "B")] [InlineData(83, "B")]
    [InlineData(82.9, "B-")] [InlineData(80, "B-")] [InlineData(79.9, "C+")] [InlineData(77, "C+")] [InlineData(76.9, "C")]
    [InlineData(73, "C")] [InlineData(72.9, "C-")] [InlineData(70, "C-")] [InlineData(69.9, "D")] [InlineData(60, "D")]
    [InlineData(59.9, "F")] [InlineData(0, "F")]
    public void Letter_grades_follow_the_boundaries(double percent, string letter) => Assert.Equal(letter, LetterGrade.From(percent));

    private static ScoredQuestion Q(int n, CheckQuestionKind kind, double percent) => new(n, "item" + n, kind, "Topic " + n, percent, null);

    [Fact]
    public void The_seed_day_15_check_summarises_as_92_A_minus_with_new_and_review_percents()
    {
        // 7 new questions averaging 88.6 % and 3 reviews at 100 %: the seed's "92.0% (A-)".
        double[] fresh = [100, 75, 90, 85, 95, 75, 100];
        var scored = fresh.Select((p, i) => Q(i + 1, CheckQuestionKind.New, p))
            .Concat([Q(8, CheckQuestionKind.Review, 100), Q(9, CheckQuestionKind.Review, 100), Q(10, CheckQuestionKind.Review, 100)]).ToList();
        var summary = CheckSummary.Compute("2026-11-22#1", scored, newItemsAdded: 4, trackedItems: 44);

        Assert.Equal(92.0, summary.OverallPercent);
        Assert.Equal("A-", summary.Letter);
        Assert.Equal(88.6, summary.NewPercent);
        Assert.Equal(100, summary.ReviewPercent);
        Assert.Empty(summary.WeakItems);
        var md = summary.ToMarkdown();
        Assert.Contains("**Knowledge Check: 92.0% (A-)**: 10 questions: 7 new, 3 review", md, StringComparison.Ordinal);
        Assert.Contains("- New content: 88.6% (7 questions)", md, StringComparison.Ordinal);
        Assert.Contains("- Review content: 100% (3 questions)", md, StringComparison.Ordinal);
        Assert.Contains("3 review items updated, 4 new topics added (now tracking 44 items)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Questions_below_75_percent_are_weak_items()
    {
        var summary = CheckSummary.Compute("x#1", [Q(1, CheckQuestionKind.New, 74.9), Q(2, CheckQuestionKind.Review, 75)], 0, 2);
        Assert.Equal([1], summary.WeakItems.Select(w => w.Number));
        Assert.Null(CheckSummary.Compute("x#1", [Q(1, CheckQuestionKind.New, 50)], 0, 1).ReviewPercent);
    }
}
