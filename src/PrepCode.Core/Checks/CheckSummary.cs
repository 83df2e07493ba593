using System.Globalization;

namespace PrepCode.Core.Checks;

/// <summary>
/// The results of one committed check (seed: "Score: 92.0% (A-). New content: 88.6%, Review content: 100%",
/// "SM-2 updates: 3 review items updated, 4 new topics added (now tracking 44 items)").
/// Percents are means of question percents rounded to one decimal, half away from zero; the letter grade is taken
/// from the rounded overall percent. Weak items are questions below 75 %.
/// </summary>
public sealed record CheckSummary(
    string CheckId,
    int Questions,
    double OverallPercent,
    string Letter,
    int NewCount,
    double? NewPercent,
    int ReviewCount,
    double? ReviewPercent,
    IReadOnlyList<ScoredQuestion> WeakItems,
    int ReviewItemsUpdated,
    int NewItemsAdded,
    int TrackedItems)
{
    /// <param name="newItemsAdded">Items that had no schedule before this commit.</param>
    /// <param name="trackedItems">Items with a schedule after the commit.</param>
    public static CheckSummary Compute(string checkId, IReadOnlyList<ScoredQuestion> scored, int newItemsAdded, int trackedItems)
    {
        var fresh = scored.Where(s => s.Kind == CheckQuestionKind.New).ToList();
        var review = scored.Where(s => s.Kind == CheckQuestionKind.Review).ToList();
        var overall = Mean(scored) ?? 0;
        return new CheckSummary(checkId, scored.Count, overall, LetterGrade.From(overall), fresh.Count, Mean(fresh), review.Count,
            Mean(review), scored.Where(s => s.IsWeak).ToList(), review.Count, newItemsAdded, trackedItems);
    }

    private static double? Mean(IReadOnlyList<ScoredQuestion> list) =>
        list.Count == 0 ? null : Math.Round(list.Average(s => s.Percent), 1, MidpointRounding.AwayFromZero);

    /// <summary>The <c>### Results Summary</c> block, lines joined with <paramref name="newline"/>, no trailing break.</summary>
    public string ToMarkdown(string newline = "\n")
    {
        var lines = new List<string>
        {
            CheckMarkers.SummaryHeading, "",
            $"- 📊 **Knowledge Check: {OverallPercent.ToString("F1", CultureInfo.InvariantCulture)}% ({Letter})**: {Questions} questions: {NewCount} new, {ReviewCount} review",
        };
        if (NewPercent is { } n) lines.Add($"- New content: {Pct(n)} ({NewCount} questions)");
        if (ReviewPercent is { } r) lines.Add($"- Review content: {Pct(r)} ({ReviewCount} questions)");
        lines.Add(WeakItems.Count == 0
            ? "- ✅ No weak items (all at least 75%)"
            : "- 🟡 Weak items (below 75%): " + string.Join(", ", WeakItems.Select(w => $"Q{w.Number} {w.Title} ({Pct(w.Percent)})")));
        lines.Add($"- 🔄 **SM-2 updates**: {ReviewItemsUpdated} review items updated, {NewItemsAdded} new topics added (now tracking {TrackedItems} items)");
        return string.Join(newline, lines);
    }

    private static string Pct(double p) => p.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
