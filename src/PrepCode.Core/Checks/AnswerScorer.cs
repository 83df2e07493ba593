namespace PrepCode.Core.Checks;

/// <summary>How well an answer covered its key points. <see cref="Missed"/> holds short labels (see
/// <see cref="AnswerScorer.Label"/>). <see cref="Unscorable"/> is true when the item has no key points to compare
/// with: a non-empty answer then scores 100 % and the user is expected to correct the score line by hand.</summary>
public sealed record AnswerScore(int Percent, IReadOnlyList<string> Covered, IReadOnlyList<string> Missed, bool Unscorable);

/// <summary>
/// Scores an answer against expected key points. A key point is covered when at least <see cref="CoverageThreshold"/>
/// of its distinct content words (see <see cref="ContentWords"/>) appear in the answer. Key points without content
/// words are ignored. Percent = covered / counted × 100, rounded half away from zero. An empty answer scores 0 %.
/// </summary>
public static class AnswerScorer
{
    public const double CoverageThreshold = 0.6;
    private const int LabelWords = 6;

    public static AnswerScore Score(string? answer, IReadOnlyList<string> keyPoints)
    {
        var answerWords = ContentWords.SetOf(answer);
        var counted = keyPoints.Select(k => (Text: k, Words: ContentWords.SetOf(k))).Where(k => k.Words.Count > 0).ToList();
        if (string.IsNullOrWhiteSpace(answer))
            return new AnswerScore(0, [], counted.Select(k => Label(k.Text)).ToList(), counted.Count == 0);
        if (counted.Count == 0) return new AnswerScore(answerWords.Count > 0 ? 100 : 0, [], [], true);

        var covered = new List<string>();
        var missed = new List<string>();
        foreach (var (text, words) in counted)
        {
            var hits = words.Count(answerWords.Contains);
            (hits >= CoverageThreshold * words.Count ? covered : missed).Add(Label(text));
        }
        var percent = (int)Math.Round(covered.Count * 100.0 / counted.Count, MidpointRounding.AwayFromZero);
        return new AnswerScore(percent, covered, missed, false);
    }

    /// <summary>A key point's first six words, markup characters dropped, with "…" when longer.</summary>
    public static string Label(string keyPoint)
    {
        var words = keyPoint.Replace("**", "", StringComparison.Ordinal).Replace('`', ' ').Replace('\n', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var label = string.Join(' ', words.Take(LabelWords)).TrimEnd(',', ';', ':', '.');
        return words.Length > LabelWords ? label + "…" : label;
    }
}
