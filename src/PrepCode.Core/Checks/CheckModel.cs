using System.Globalization;

namespace PrepCode.Core.Checks;

/// <summary>New content (learned recently, planned today or never learned) or a review of a due item.</summary>
public enum CheckQuestionKind { New, Review }

/// <summary>One question of a knowledge check: the study item it grades and the key points a good answer covers.</summary>
public sealed record CheckQuestion(
    int Number,
    string ItemId,
    CheckQuestionKind Kind,
    string Title,
    string Prompt,
    IReadOnlyList<string> ExpectedPoints,
    string? Domain);

/// <summary>A composed knowledge check. <see cref="Id"/> is <c>yyyy-MM-dd#n</c>: the n-th check of that study day.</summary>
public sealed record KnowledgeCheck(DateOnly Date, int Sequence, IReadOnlyList<CheckQuestion> Questions)
{
    public string Id => FormatId(Date, Sequence);

    public static string FormatId(DateOnly date, int sequence) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "#" + sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM-dd#n</c>.</summary>
    public static bool TryParseId(string id, out DateOnly date, out int sequence)
    {
        date = default;
        sequence = 0;
        var hash = id.IndexOf('#', StringComparison.Ordinal);
        return hash > 0
            && DateOnly.TryParseExact(id[..hash], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && int.TryParse(id[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence > 0;
    }
}

public static class CheckQuestionKinds
{
    /// <summary>"new" or "review", as written in check files and stored.</summary>
    public static string Name(this CheckQuestionKind kind) => kind == CheckQuestionKind.New ? "new" : "review";

    public static bool TryParse(string text, out CheckQuestionKind kind)
    {
        kind = CheckQuestionKind.New;
        if (string.Equals(text, "new", StringComparison.OrdinalIgnoreCase)) return true;
        kind = CheckQuestionKind.Review;
        return string.Equals(text, "review", StringComparison.OrdinalIgnoreCase);
    }
}
