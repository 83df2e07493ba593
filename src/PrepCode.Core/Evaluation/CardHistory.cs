using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Evaluation;

/// <summary>One card's reviews in time order (equal times keep their log order).</summary>
public sealed record CardHistory(string CardId, IReadOnlyList<FsrsReview> Reviews)
{
    /// <summary>Groups a log by card, cards in ordinal order of their ids, each card's reviews sorted by time.</summary>
    public static IReadOnlyList<CardHistory> FromLog(IEnumerable<ReviewLogEntry> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return [.. log
            .GroupBy(e => e.CardId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CardHistory(g.Key, [.. g.Select(e => e.ToReview()).OrderBy(r => r.Time)]))];
    }
}
