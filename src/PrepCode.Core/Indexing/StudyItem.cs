using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

public enum StudyItemKind { Topic, Card }

/// <summary>
/// Something with a review schedule: a study topic (heading) or a card. <see cref="TitleKey"/> and
/// <see cref="ContentKey"/> let a detached schedule find its item again after a rename or a move.
/// <para>Items built by <see cref="StudyItemExtractor"/> are compact (the index holds 100,000s of them): what can be
/// derived is computed when read, by the same rules that built it before: a topic's <see cref="Answer"/> from its
/// key points, a card's <see cref="KeyPoints"/> from its answer, the keys from the title (and a topic's section
/// fingerprint); a topic's key points and practice questions are kept as UTF-8.</para>
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
    // Null in a compact item where the value is derived (see the properties).
    private readonly string? _answer = Answer;
    private readonly IReadOnlyList<string>? _keyPoints = KeyPoints;
    private readonly string? _titleKey = TitleKey;
    private readonly string? _contentKey = ContentKey;
    private bool IsCompact { get; init; }
    private ulong SectionFingerprint { get; init; }

    /// <summary>A compact topic: <paramref name="keyPoints"/> and <paramref name="practice"/> are kept as UTF-8.</summary>
    internal static StudyItem CompactTopic(string id, string notePath, string title, string? parentId, SourceRange range,
        string? domain, string? track, IReadOnlyList<string> keyPoints, IReadOnlyList<string> practice, ulong sectionFingerprint) =>
        new(id, StudyItemKind.Topic, notePath, title, null, parentId, range, domain, track, Utf8TextList.Of(keyPoints),
            Utf8TextList.Of(practice), null!, null!)
        { IsCompact = true, SectionFingerprint = sectionFingerprint };

    /// <summary>A compact card (or the reverse of one): its key points are its answer.</summary>
    internal static StudyItem CompactCard(string id, string notePath, string question, string answer, string? topicId, SourceRange range,
        string? domain, string? track) =>
        new(id, StudyItemKind.Card, notePath, question, answer, topicId, range, domain, track, null!, [], null!, null!) { IsCompact = true };

    /// <summary>A topic: its key points as bullets, or null without key points. A card: its answer.</summary>
    public string? Answer
    {
        get => _answer ?? (IsCompact && Kind == StudyItemKind.Topic ? Bullets(KeyPoints) : null);
        init => _answer = value;
    }

    /// <summary>A topic: the key points under it. A card: its answer (none when empty).</summary>
    public IReadOnlyList<string> KeyPoints
    {
        get => _keyPoints ?? (string.IsNullOrEmpty(_answer) ? [] : [_answer]);
        init => _keyPoints = value;
    }

    /// <summary>"topic:" + the normalised title, or "card:" + a hash of the normalised question.</summary>
    public string TitleKey
    {
        get => _titleKey ?? (Kind == StudyItemKind.Topic ? "topic:" + StudyItemExtractor.Normalise(Title) : StudyItemExtractor.CardKey(Title));
        init => _titleKey = value;
    }

    /// <summary>"topic-body:" + the fingerprint of the section text, or the card key.</summary>
    public string ContentKey
    {
        get => _contentKey ?? (Kind == StudyItemKind.Topic ? "topic-body:" + Hashing.FingerprintHex(SectionFingerprint) : StudyItemExtractor.CardKey(Title));
        init => _contentKey = value;
    }

    /// <summary>The prompt shown in a review: the card's question, or "Explain &lt;topic&gt;: what are its key points?".</summary>
    public string Question => Kind == StudyItemKind.Card ? Title : $"Explain {Title}: what are its key points?";

    internal static string? Bullets(IReadOnlyList<string> keyPoints) =>
        keyPoints.Count > 0 ? string.Join("\n", keyPoints.Select(k => "• " + k)) : null;
}
