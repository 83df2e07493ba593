using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Checks;

/// <summary>
/// Composes a knowledge check (seed ritual: 10 questions, 7 new content, 3 review).
/// <list type="bullet">
/// <item>Review pool: items in scope due today or overdue, most overdue first, then lower ease factor first.</item>
/// <item>New pool (items not in the review pool): topics planned for today (and their cards) first, then items first
/// graded within <see cref="CheckOptions.RecentDays"/> newest first, then never-learned items in index order.
/// Items learned earlier and not due are not asked.</item>
/// <item>Equal keys are ordered by a key drawn from the injected <see cref="Random"/> in index order, so the same
/// inputs and seed always give the same check.</item>
/// </list>
/// Questions are numbered new content first, then reviews.
/// </summary>
public sealed class KnowledgeCheckComposer(Random random)
{
    public KnowledgeCheck Compose(CheckInputs inputs, CheckOptions options, int sequence = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count);
        var (fresh, due) = Pools(inputs, options);
        var newTarget = options.ReviewsOnly ? 0 : (int)Math.Round(options.Count * options.NewShare, MidpointRounding.AwayFromZero);
        var reviewTarget = options.Count - newTarget;
        var takeReview = Math.Min(reviewTarget, due.Count);
        var takeNew = Math.Min(newTarget, fresh.Count);
        if (takeReview < reviewTarget && !options.ReviewsOnly) takeNew = Math.Min(fresh.Count, options.Count - takeReview);
        if (takeNew < newTarget) takeReview = Math.Min(due.Count, options.Count - takeNew);

        var questions = new List<CheckQuestion>(takeNew + takeReview);
        foreach (var item in fresh.Take(takeNew))
            questions.Add(CheckQuestionFactory.For(item, questions.Count + 1, CheckQuestionKind.New, random));
        foreach (var item in due.Take(takeReview))
            questions.Add(CheckQuestionFactory.For(item, questions.Count + 1, CheckQuestionKind.Review, random));
        return new KnowledgeCheck(inputs.Today, sequence, questions);
    }

    private (List<StudyItem> Fresh, List<StudyItem> Due) Pools(CheckInputs inputs, CheckOptions options)
    {
        var scope = options.EffectiveScope;
        var planned = new HashSet<string>(inputs.PlannedToday, StringComparer.Ordinal);
        var today = inputs.Today;
        var recentFrom = today.AddDays(1 - Math.Max(1, options.RecentDays));
        var due = new List<(StudyItem Item, int Overdue, double Ease, double Tie)>();
        var fresh = new List<(StudyItem Item, int Rank, int Key, double Tie)>();
        var position = 0;
        foreach (var item in inputs.Items)
        {
            position++;
            if (!InScope(item, scope)) continue;
            var tie = random.NextDouble();
            var state = inputs.States.GetValueOrDefault(item.Id) ?? ReviewState.New;
            if (state.IsDueOn(today))
            {
                due.Add((item, today.DayNumber - state.DueDate!.Value.DayNumber, state.EaseFactor, tie));
                continue;
            }
            if (planned.Contains(item.Id) || (item.TopicId is { } t && item.Kind == StudyItemKind.Card && planned.Contains(t)))
                fresh.Add((item, 0, position, tie));
            else if (inputs.FirstGraded.TryGetValue(item.Id, out var first) && first >= recentFrom && first <= today)
                fresh.Add((item, 1, -first.DayNumber, tie));
            else if (state.DueDate is null)
                fresh.Add((item, 2, position, tie));
        }
        var dueOrdered = due.OrderByDescending(d => d.Overdue).ThenBy(d => d.Ease).ThenBy(d => d.Tie).Select(d => d.Item).ToList();
        var freshOrdered = fresh.OrderBy(f => f.Rank).ThenBy(f => f.Key).ThenBy(f => f.Tie).Select(f => f.Item).ToList();
        return (freshOrdered, dueOrdered);
    }

    public static bool InScope(StudyItem item, CheckScope scope) => scope.Kind switch
    {
        CheckScopeKind.Note => string.Equals(item.NotePath, scope.Value, StringComparison.Ordinal),
        CheckScopeKind.Track => string.Equals(item.Track, scope.Value, StringComparison.OrdinalIgnoreCase),
        CheckScopeKind.Domain => string.Equals(item.Domain, scope.Value, StringComparison.OrdinalIgnoreCase),
        _ => true,
    };
}
