using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

public enum StudyItemKind { Topic, Card }

/// <summary>
/// Something with a review schedule: a study topic (heading) or a card. <see cref="TitleKey"/> and
/// <see cref="ContentKey"/> let a detached schedule find its item again after a rename or a move.
/// </summary>
public sealed record StudyItem(
    string Id,
    StudyItemKind Kind,
    string NotePath,
    string Title,
    string? Answer,
    string? TopicId,
    SourceRange Range,
    string? Domain,
    string? Track,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> PracticeQuestions,
    string TitleKey,
    string ContentKey)
{
    /// <summary>The prompt shown in a review: the card's question, or "Explain &lt;topic&gt;: what are its key points?".</summary>
    public string Question => Kind == StudyItemKind.Card ? Title : $"Explain {Title}: what are its key points?";
}
