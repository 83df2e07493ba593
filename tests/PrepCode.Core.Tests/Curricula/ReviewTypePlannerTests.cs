using PrepCode.Core.Curricula;
using static PrepCode.Core.Tests.Curricula.TestTracks;

namespace PrepCode.Core.Tests.Curricula;

public class ReviewTypePlannerTests
{
    private static readonly CurriculumTopic Rich = Topic(
        Q(PracticeType.Concept, "c1"), Q(PracticeType.Concept, "c2"), Q(PracticeType.Concept, "c3"),
        Q(PracticeType.Tradeoff, "t1"), Q(PracticeType.Tradeoff, "t2"),
        Q(PracticeType.Coding, "k1"), Q(PracticeType.Estimation, "e1"),
        Q(PracticeType.Scenario, "s1"), Q(PracticeType.Scenario, "s2"), Q(PracticeType.Scenario, "s3"));

    [Theory]
    [InlineData(0, ReviewType.QuickRefresh)]
    [InlineData(1, ReviewType.QuickRefresh)]
    [InlineData(3, ReviewType.ModerateDepth)]
    [InlineData(6, ReviewType.ModerateDepth)]
    [InlineData(7, ReviewType.FullRecall)]
    [InlineData(14, ReviewType.LongTermRetention)]
    [InlineData(60, ReviewType.LongTermRetention)]
    public void The_review_type_follows_the_days_since_completion(int days, ReviewType expected) =>
        Assert.Equal(expected, ReviewTypePlanner.TypeFor(days));

    [Fact]
    public void A_quick_refresh_asks_one_or_two_questions_and_no_key_points()
    {
        var counts = Enumerable.Range(0, 50).Select(seed => ReviewTypePlanner.Plan(Rich, 1, new Random(seed))).ToList();

        Assert.All(counts, p => Assert.InRange(p.Questions.Count, 1, 2));
        Assert.Contains(counts, p => p.Questions.Count == 1);
        Assert.Contains(counts, p => p.Questions.Count == 2);
        Assert.All(counts, p => Assert.Empty(p.KeyPointsToRecall));
    }

    [Fact]
    public void A_moderate_review_asks_three_questions()
    {
        var plan = ReviewTypePlanner.Plan(Rich, 3, new Random(1));

        Assert.Equal(ReviewType.ModerateDepth, plan.Type);
        Assert.Equal(3, plan.Questions.Count);
        Assert.Equal(3, plan.Questions.Distinct().Count());
        Assert.Empty(plan.KeyPointsToRecall);
    }

    [Fact]
    public void A_full_recall_asks_every_key_point_and_three_questions()
    {
        var plan = ReviewTypePlanner.Plan(Rich, 7, new Random(1));

        Assert.Equal(ReviewType.FullRecall, plan.Type);
        Assert.Equal(3, plan.Questions.Count);
        Assert.Equal(Rich.KeyPoints, plan.KeyPointsToRecall);
    }

    [Fact]
    public void A_long_term_review_puts_scenario_questions_first_and_mixes_the_other_types()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var plan = ReviewTypePlanner.Plan(Rich, 14, new Random(seed));

            Assert.Equal(ReviewType.LongTermRetention, plan.Type);
            Assert.Equal(4, plan.Questions.Count);
            Assert.Equal([PracticeType.Scenario, PracticeType.Scenario], plan.Questions.Take(2).Select(q => q.Type));
            Assert.DoesNotContain(PracticeType.Scenario, plan.Questions.Skip(2).Select(q => q.Type));
            Assert.NotEqual(plan.Questions[2].Type, plan.Questions[3].Type);
            Assert.Equal(Rich.KeyPoints, plan.KeyPointsToRecall);
        }
    }

    [Fact]
    public void The_previous_review_questions_are_not_repeated_when_the_topic_has_enough()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var previous = new[] { "c1", "t1", "S1 " };
            var plan = ReviewTypePlanner.Plan(Rich, 3, new Random(seed), previous);

            Assert.DoesNotContain(plan.Questions, q => q.Question is "c1" or "t1" or "s1");
        }
    }

    [Fact]
    public void A_topic_with_too_few_questions_repeats_previous_ones_only_to_fill_the_review()
    {
        var small = Topic(Q(PracticeType.Concept, "a"), Q(PracticeType.Concept, "b"), Q(PracticeType.Concept, "c"), Q(PracticeType.Scenario, "d"));

        var plan = ReviewTypePlanner.Plan(small, 3, new Random(5), ["a", "b"]);

        Assert.Equal(3, plan.Questions.Count);
        Assert.Equal(["c", "d"], plan.Questions.Take(2).Select(q => q.Question).Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_review()
    {
        var first = ReviewTypePlanner.Plan(Rich, 14, new Random(42), ["c1"]);
        var second = ReviewTypePlanner.Plan(Rich, 14, new Random(42), ["c1"]);
        var other = Enumerable.Range(0, 10).Select(s => ReviewTypePlanner.Plan(Rich, 14, new Random(s)).Questions.Select(q => q.Question).ToList());

        Assert.Equal(first.Questions, second.Questions);
        Assert.True(other.Select(q => string.Join(",", q)).Distinct().Count() > 1);
    }

    [Fact]
    public void A_topic_without_questions_gives_an_empty_review_and_no_exception()
    {
        var plan = ReviewTypePlanner.Plan(Topic(), 14, new Random(1));

        Assert.Empty(plan.Questions);
        Assert.Equal(5, plan.KeyPointsToRecall.Count);
    }
}
