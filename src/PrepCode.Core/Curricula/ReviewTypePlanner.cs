namespace PrepCode.Core.Curricula;

/// <summary>How deep a review of a completed topic goes, by the days since completion (seed 001).</summary>
public enum ReviewType
{
    /// <summary>Interval below 3 days (the 1-day review): 1 or 2 questions.</summary>
    QuickRefresh,

    /// <summary>Interval of 3 to 6 days: 3 questions.</summary>
    ModerateDepth,

    /// <summary>Interval of 7 to 13 days: every key point to recall, plus 3 questions.</summary>
    FullRecall,

    /// <summary>Interval of 14 days or more: every key point and 4 questions of mixed types, scenario questions first.</summary>
    LongTermRetention,
}

/// <summary>What one review asks: its type, the practice questions in the order to ask them, and the key points to recall.</summary>
public sealed record ReviewPlan(ReviewType Type, IReadOnlyList<PracticeItem> Questions, IReadOnlyList<string> KeyPointsToRecall);

/// <summary>
/// Chooses a review's type and questions. Sampling uses the injected <see cref="Random"/>, so a seed makes it
/// repeatable. Questions asked in the previous review (compared by trimmed, case-insensitive text) are used only
/// when the topic has too few other questions. Long-term reviews take at most half scenario questions, fill the
/// rest one type at a time for variety, and put the scenario questions first.
/// </summary>
public static class ReviewTypePlanner
{
    public const int LongTermQuestionCount = 4;

    public static ReviewType TypeFor(int daysSinceCompletion) => daysSinceCompletion switch
    {
        < 3 => ReviewType.QuickRefresh,
        < 7 => ReviewType.ModerateDepth,
        < 14 => ReviewType.FullRecall,
        _ => ReviewType.LongTermRetention,
    };

    public static ReviewPlan Plan(CurriculumTopic topic, int daysSinceCompletion, Random random, IReadOnlyCollection<string>? previousQuestions = null) =>
        Plan(topic.Practice, topic.KeyPoints, daysSinceCompletion, random, previousQuestions);

    public static ReviewPlan Plan(
        IReadOnlyList<PracticeItem> practice,
        IReadOnlyList<string> keyPoints,
        int daysSinceCompletion,
        Random random,
        IReadOnlyCollection<string>? previousQuestions = null)
    {
        var type = TypeFor(daysSinceCompletion);
        var previous = new HashSet<string>((previousQuestions ?? []).Select(Normalise), StringComparer.Ordinal);
        var fresh = Shuffle(practice.Where(p => !previous.Contains(Normalise(p.Question))), random);
        var repeated = Shuffle(practice.Where(p => previous.Contains(Normalise(p.Question))), random);

        var questions = type switch
        {
            ReviewType.QuickRefresh => fresh.Concat(repeated).Take(random.Next(1, 3)).ToList(),
            ReviewType.ModerateDepth or ReviewType.FullRecall => fresh.Concat(repeated).Take(3).ToList(),
            _ => Mixed(fresh, repeated),
        };
        var recall = type is ReviewType.FullRecall or ReviewType.LongTermRetention ? keyPoints.ToList() : [];
        return new ReviewPlan(type, questions, recall);
    }

    private static List<PracticeItem> Mixed(List<PracticeItem> fresh, List<PracticeItem> repeated)
    {
        const int maxScenarios = LongTermQuestionCount / 2;
        var chosen = new List<PracticeItem>();
        foreach (var pool in new[] { fresh, repeated })
        {
            chosen.AddRange(pool.Where(p => p.Type == PracticeType.Scenario).Take(maxScenarios - chosen.Count(c => c.Type == PracticeType.Scenario)));
        }

        var others = RoundRobinByType(fresh.Where(p => p.Type != PracticeType.Scenario))
            .Concat(RoundRobinByType(repeated.Where(p => p.Type != PracticeType.Scenario)));
        chosen.AddRange(others.Take(LongTermQuestionCount - chosen.Count));

        if (chosen.Count < LongTermQuestionCount)
        {
            // Not enough other types: allow more scenario questions rather than a short review.
            chosen.AddRange(fresh.Concat(repeated).Where(p => !chosen.Contains(p)).Take(LongTermQuestionCount - chosen.Count));
        }

        return chosen.OrderBy(p => p.Type == PracticeType.Scenario ? 0 : 1).ToList();
    }

    /// <summary>One question of each type in turn, keeping the (shuffled) order within each type.</summary>
    private static IEnumerable<PracticeItem> RoundRobinByType(IEnumerable<PracticeItem> items)
    {
        var queues = items.GroupBy(p => p.Type).Select(g => new Queue<PracticeItem>(g)).ToList();
        while (queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                yield return queue.Dequeue();
            }
        }
    }

    private static List<PracticeItem> Shuffle(IEnumerable<PracticeItem> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static string Normalise(string question) => question.Trim().ToLowerInvariant();
}
