using PrepCode.Core.Indexing;

namespace PrepCode.Core.Checks;

/// <summary>A question's result. <see cref="Percent"/> is the number on the score line when there is one (the user
/// may have edited it), else the computed score. <see cref="Computed"/> is null when the item is no longer indexed.</summary>
public sealed record ScoredQuestion(int Number, string ItemId, CheckQuestionKind Kind, string Title, double Percent, AnswerScore? Computed)
{
    public const double WeakBelow = 75;
    public bool IsWeak => Percent < WeakBelow;
}

/// <summary>Scores every question of a check section against its item's current key points.</summary>
public static class CheckScoring
{
    /// <summary>Questions whose item is missing from the index and which carry no score line are left out
    /// and listed in <paramref name="unknownItems"/>.</summary>
    public static IReadOnlyList<ScoredQuestion> Score(CheckSection section, Func<string, StudyItem?> find, out IReadOnlyList<string> unknownItems)
    {
        var result = new List<ScoredQuestion>();
        var unknown = new List<string>();
        foreach (var q in section.Questions)
        {
            var item = find(q.ItemId);
            var computed = item is null ? null : AnswerScorer.Score(q.Answer, item.KeyPoints);
            var percent = q.ScorePercent ?? computed?.Percent;
            if (percent is null) { unknown.Add(q.ItemId); continue; }
            result.Add(new ScoredQuestion(q.Number, q.ItemId, q.Kind, item?.Title ?? q.Title, Math.Clamp(percent.Value, 0, 100), computed));
        }
        unknownItems = unknown;
        return result;
    }

    /// <summary>The computed scores by question number, for <see cref="ScoreLineWriter"/>.</summary>
    public static IReadOnlyDictionary<int, AnswerScore> ComputedScores(IEnumerable<ScoredQuestion> scored) =>
        scored.Where(s => s.Computed is not null).ToDictionary(s => s.Number, s => s.Computed!);
}
