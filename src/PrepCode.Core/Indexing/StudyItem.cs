using System.Text;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

public enum StudyItemKind { Topic, Card }

/// <summary>
/// Something with a review schedule: a study topic (heading) or a card. <see cref="TitleKey"/> and
/// <see cref="ContentKey"/> let a detached schedule find its item again after a rename or a move.
/// <para>Items built by <see cref="StudyItemExtractor"/> are compact (the index holds 100,000s of them): the note's
/// path, domain and track are shared by its items; what can be derived is computed when read, by the same rules that
/// built it before (a topic's <see cref="Answer"/> from its key points, a card's <see cref="KeyPoints"/> from its
/// answer, the keys from the title and a topic's section fingerprint); texts read rarely are kept as UTF-8.</para>
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
    /// <summary>What the items of one note share.</summary>
    internal sealed record NoteFacts(string Path, string? Domain, string? Track);

    /// <summary>Values given to the public constructor, kept as given.</summary>
    private sealed record Given(string? Answer, IReadOnlyList<string> KeyPoints, IReadOnlyList<string> PracticeQuestions, string TitleKey, string ContentKey);

    /// <summary>A compact topic's key points, then its practice questions: UTF-8 (<see cref="Utf8TextList"/>), or the
    /// strings themselves when they do not encode back; and its section fingerprint.</summary>
    private sealed record TopicTexts(object Texts, int KeyPointCount, int Count, ulong SectionFingerprint)
    {
        public static TopicTexts Of(IReadOnlyList<string> keyPoints, IReadOnlyList<string> practice, ulong fingerprint)
        {
            string[] all = [.. keyPoints, .. practice];
            return new TopicTexts(all.Length == 0 ? all : Utf8TextList.Encode(all) ?? (object)all, keyPoints.Count, all.Length, fingerprint);
        }

        public string[] Range(int start, int count) =>
            count == 0 ? [] : Texts is byte[] utf8 ? Utf8TextList.Decode(utf8, start, count) : ((string[])Texts)[start..(start + count)];
    }

    /// <summary>The title as given, or for a compact item as UTF-8 when that is smaller.</summary>
    private object TitleText { get; init; } = Title;

    public string Title { get => TitleText as string ?? Encoding.UTF8.GetString((byte[])TitleText); init => TitleText = value; }

    /// <summary>UTF-8 bytes when they are fewer than the string's and decode back to it, else the string.</summary>
    private static object Compact(string text) =>
        Encoding.UTF8.GetByteCount(text) is var n && n < text.Length * 2 && Utf8TextList.Encode([text]) is not null
            ? Encoding.UTF8.GetBytes(text) : text;

    // Null when built by a factory below, which sets them.
    private NoteFacts Facts { get; init; } = NotePath is null ? null! : new NoteFacts(NotePath, Domain, Track);

    /// <summary><see cref="Given"/>; for a compact topic <see cref="TopicTexts"/>; for a compact card its answer
    /// (see <see cref="Compact"/>).</summary>
    private object? Data { get; init; } = NotePath is null ? null : new Given(Answer, KeyPoints, PracticeQuestions, TitleKey, ContentKey);

    /// <summary>A compact topic.</summary>
    internal static StudyItem CompactTopic(string id, NoteFacts note, string title, string? parentId, SourceRange range,
        IReadOnlyList<string> keyPoints, IReadOnlyList<string> practice, ulong sectionFingerprint) =>
        new(id, StudyItemKind.Topic, null!, null!, null, parentId, range, null, null, null!, null!, null!, null!)
        {
            TitleText = Compact(title),
            Facts = note,
            Data = TopicTexts.Of(keyPoints, practice, sectionFingerprint),
        };

    /// <summary>A compact card.</summary>
    internal static StudyItem CompactCard(string id, NoteFacts note, string question, string answer, string? topicId, SourceRange range) =>
        new(id, StudyItemKind.Card, null!, null!, null, topicId, range, null, null, null!, null!, null!, null!)
        {
            TitleText = Compact(question),
            Facts = note,
            Data = Compact(answer),
        };

    public string NotePath { get => Facts.Path; init => Facts = Facts with { Path = value }; }

    public string? Domain { get => Facts.Domain; init => Facts = Facts with { Domain = value }; }

    public string? Track { get => Facts.Track; init => Facts = Facts with { Track = value }; }

    /// <summary>The derived values as given ones, for a <c>with</c> expression that sets one of them.</summary>
    private Given AsGiven() => Data as Given ?? new Given(Answer, KeyPoints, PracticeQuestions, TitleKey, ContentKey);

    /// <summary>A topic: its key points as bullets, or null without key points. A card: its answer.</summary>
    public string? Answer
    {
        get => Data switch
        {
            Given g => g.Answer,
            TopicTexts => Bullets(KeyPoints),
            string s => s,
            byte[] utf8 => Encoding.UTF8.GetString(utf8),
            _ => null,
        };
        init => Data = AsGiven() with { Answer = value };
    }

    /// <summary>A topic: the key points under it. A card: its answer (none when empty).</summary>
    public IReadOnlyList<string> KeyPoints
    {
        get => Data switch
        {
            Given g => g.KeyPoints,
            TopicTexts t => t.Range(0, t.KeyPointCount),
            _ => Answer is { Length: > 0 } a ? [a] : [],
        };
        init => Data = AsGiven() with { KeyPoints = value };
    }

    /// <summary>A topic: the practice questions under it. A card: none.</summary>
    public IReadOnlyList<string> PracticeQuestions
    {
        get => Data switch
        {
            Given g => g.PracticeQuestions,
            TopicTexts t => t.Range(t.KeyPointCount, t.Count - t.KeyPointCount),
            _ => [],
        };
        init => Data = AsGiven() with { PracticeQuestions = value };
    }

    /// <summary>"topic:" + the normalised title, or "card:" + a hash of the normalised question.</summary>
    public string TitleKey
    {
        get => Data is Given g ? g.TitleKey
            : Kind == StudyItemKind.Topic ? "topic:" + StudyItemExtractor.Normalise(Title) : StudyItemExtractor.CardKey(Title);
        init => Data = AsGiven() with { TitleKey = value };
    }

    /// <summary>"topic-body:" + the fingerprint of the section text, or the card key.</summary>
    public string ContentKey
    {
        get => Data switch
        {
            Given g => g.ContentKey,
            TopicTexts t => "topic-body:" + Hashing.FingerprintHex(t.SectionFingerprint),
            _ => StudyItemExtractor.CardKey(Title),
        };
        init => Data = AsGiven() with { ContentKey = value };
    }

    /// <summary>The prompt shown in a review: the card's question, or "Explain &lt;topic&gt;: what are its key points?".</summary>
    public string Question => Kind == StudyItemKind.Card ? Title : $"Explain {Title}: what are its key points?";

    private static string? Bullets(IReadOnlyList<string> keyPoints) =>
        keyPoints.Count > 0 ? string.Join("\n", keyPoints.Select(k => "• " + k)) : null;
}
