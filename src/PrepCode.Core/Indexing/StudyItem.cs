using System.Buffers.Binary;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

public enum StudyItemKind { Topic, Card }

/// <summary>
/// Something with a review schedule: a study topic (heading) or a card. <see cref="TitleKey"/> and
/// <see cref="ContentKey"/> let a detached schedule find its item again after a rename or a move.
/// <para>Items built by <see cref="StudyItemExtractor"/> are compact (the index holds 100,000s of them): the note's
/// path, domain and track are shared by its items; a card's title and answer, or a topic's title, key points,
/// practice questions and section fingerprint, are packed as UTF-8 in one array (<see cref="Utf8TextList"/>); what
/// can be derived is computed when read, by the same rules that built it before (a topic's <see cref="Answer"/> from
/// its key points, a card's <see cref="KeyPoints"/> from its answer, the keys from the title and fingerprint).</para>
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

    /// <summary>Values given to the public constructor (or a <c>with</c> expression), kept as given.</summary>
    private sealed record Given(string? Answer, IReadOnlyList<string> KeyPoints, IReadOnlyList<string> PracticeQuestions, string TitleKey, string ContentKey);

    /// <summary>The start of a topic's <see cref="ContentKey"/>; the fingerprint follows as 16 hex chars.</summary>
    public const string SectionKeyPrefix = "topic-text:";

    /// <summary>The start of a topic's content key as versions before XXH3 stored it (FNV-1a); see
    /// <see cref="Hashing.LegacySectionFingerprintValue"/>.</summary>
    public const string LegacySectionKeyPrefix = "topic-body:";

    /// <summary>A topic's packed array starts with its 8-byte section fingerprint and 1 byte of key point count.</summary>
    private const int TopicHeader = 9;

    // Null when built by a factory below, which sets them.
    private NoteFacts Facts { get; init; } = NotePath is null ? null! : new NoteFacts(NotePath, Domain, Track);

    /// <summary>The title as given; for a compact item the array its packed texts are in (title first), often shared
    /// by the items of one note (<see cref="TextsAt"/>, <see cref="TextsLength"/>).</summary>
    private object TitleText { get; init; } = Title;

    private int TextsAt { get; init; }

    private int TextsLength { get; init; }

    /// <summary><see cref="Given"/>; null for a compact item.</summary>
    private object? Data { get; init; } = NotePath is null ? null : new Given(Answer, KeyPoints, PracticeQuestions, TitleKey, ContentKey);

    private ReadOnlySpan<byte> Packed => ((byte[])TitleText).AsSpan(TextsAt, TextsLength);

    /// <summary>For the persisted index: the note facts this item reads its path, domain and track from.</summary>
    internal NoteFacts SharedFacts => Facts;

    /// <summary>For the persisted index: true for an item whose texts are packed (<see cref="PackedTexts"/>).</summary>
    internal bool IsCompact => Data is null && TitleText is byte[];

    /// <summary>For the persisted index: the packed texts of a compact item.</summary>
    internal ReadOnlySpan<byte> PackedTexts => Packed;

    /// <summary>A compact item reading its texts from <paramref name="count"/> bytes of <paramref name="texts"/> at
    /// <paramref name="at"/>, as <see cref="EncodeTopic"/> or <see cref="EncodeCard"/> wrote them.</summary>
    internal static StudyItem Compact(string id, StudyItemKind kind, NoteFacts note, string? topicId, SourceRange range, byte[] texts, int at, int count) =>
        new(id, kind, null!, null!, null, topicId, range, null, null, null!, null!, null!, null!)
        {
            Facts = note, TitleText = texts, TextsAt = at, TextsLength = count,
        };

    /// <summary>A compact item again, from its <see cref="PackedTexts"/> (the persisted index).</summary>
    internal static StudyItem Restore(string id, StudyItemKind kind, NoteFacts note, string? topicId, SourceRange range, byte[] packed) =>
        Compact(id, kind, note, topicId, range, packed, 0, packed.Length);

    /// <summary>This item reading its path, domain and track from <paramref name="note"/>, which holds the same values.</summary>
    internal StudyItem Sharing(NoteFacts note) => Facts == note && !ReferenceEquals(Facts, note) ? this with { Facts = note } : this;

    /// <summary>The bytes a compact topic packs (<see cref="EncodeTopic"/>), or -1 when it must be a plain one (a text
    /// would not come back the same from UTF-8, or 256 key points or more).</summary>
    internal static int TopicSize(IReadOnlyList<string> texts, int keyPoints) =>
        keyPoints < 256 ? Utf8TextList.Size(texts, TopicHeader) : -1;

    /// <summary>The bytes a compact card packs (<see cref="EncodeCard"/>), or -1 when it must be a plain one.</summary>
    internal static int CardSize(string question, string answer) => Utf8TextList.Size([question, answer], 0);

    /// <summary>Writes a compact topic's texts (title, key points, practice questions) after its section fingerprint and
    /// key point count.</summary>
    internal static void EncodeTopic(IReadOnlyList<string> texts, int keyPoints, ulong sectionFingerprint, Span<byte> into)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(into, sectionFingerprint);
        into[8] = (byte)keyPoints;
        Utf8TextList.Write(texts, into[TopicHeader..]);
    }

    /// <summary>Writes a compact card's question and answer.</summary>
    internal static void EncodeCard(string question, string answer, Span<byte> into) => Utf8TextList.Write([question, answer], into);

    /// <summary>A plain topic: for texts a compact one cannot hold.</summary>
    internal static StudyItem PlainTopic(string id, NoteFacts note, string title, string? parentId, SourceRange range,
        IReadOnlyList<string> keyPoints, IReadOnlyList<string> practice, ulong sectionFingerprint) =>
        new(id, StudyItemKind.Topic, note.Path, title, Bullets(keyPoints), parentId, range, note.Domain, note.Track,
            [.. keyPoints], [.. practice], "topic:" + StudyItemExtractor.Normalise(title), SectionKeyPrefix + Hashing.FingerprintHex(sectionFingerprint))
        { Facts = note };

    /// <summary>A plain card: for texts a compact one cannot hold.</summary>
    internal static StudyItem PlainCard(string id, NoteFacts note, string question, string answer, string? topicId, SourceRange range)
    {
        var key = StudyItemExtractor.CardKey(question);
        return new(id, StudyItemKind.Card, note.Path, question, answer, topicId, range, note.Domain, note.Track,
            answer.Length > 0 ? [answer] : [], [], key, key)
        { Facts = note };
    }

    public string NotePath { get => Facts.Path; init => Facts = Facts with { Path = value }; }

    public string? Domain { get => Facts.Domain; init => Facts = Facts with { Domain = value }; }

    public string? Track { get => Facts.Track; init => Facts = Facts with { Track = value }; }

    public string Title
    {
        get => TitleText as string ?? Utf8TextList.Decode(Packed, Offset, 0, 1)[0];
        init { Data = AsGiven(); TitleText = value; }
    }

    /// <summary>A topic: its key points as bullets, or null without key points. A card: its answer.</summary>
    public string? Answer
    {
        get => Data is Given g ? g.Answer
            : Kind == StudyItemKind.Topic ? Bullets(KeyPoints) : Utf8TextList.Decode(Packed, 0, 1, 1)[0];
        init => Data = AsGiven() with { Answer = value };
    }

    /// <summary>A topic: the key points under it. A card: its answer (none when empty).</summary>
    public IReadOnlyList<string> KeyPoints
    {
        get => Data is Given g ? g.KeyPoints
            : Kind == StudyItemKind.Topic ? Utf8TextList.Decode(Packed, TopicHeader, 1, Packed[8])
            : Answer is { Length: > 0 } a ? [a] : [];
        init => Data = AsGiven() with { KeyPoints = value };
    }

    /// <summary>A topic: the practice questions under it. A card: none.</summary>
    public IReadOnlyList<string> PracticeQuestions
    {
        get => Data is Given g ? g.PracticeQuestions
            : Kind == StudyItemKind.Topic ? Utf8TextList.Decode(Packed, TopicHeader, 1 + Packed[8], -1)
            : [];
        init => Data = AsGiven() with { PracticeQuestions = value };
    }

    /// <summary>"topic:" + the normalised title, or "card:" + a hash of the normalised question.</summary>
    public string TitleKey
    {
        get => Data is Given g ? g.TitleKey
            : Kind == StudyItemKind.Topic ? "topic:" + StudyItemExtractor.Normalise(Title) : StudyItemExtractor.CardKey(Title);
        init => Data = AsGiven() with { TitleKey = value };
    }

    /// <summary><see cref="SectionKeyPrefix"/> + the fingerprint of the section text, or the card key.</summary>
    public string ContentKey
    {
        get => Data is Given g ? g.ContentKey
            : Kind == StudyItemKind.Topic ? SectionKeyPrefix + Hashing.FingerprintHex(BinaryPrimitives.ReadUInt64LittleEndian(Packed))
            : StudyItemExtractor.CardKey(Title);
        init => Data = AsGiven() with { ContentKey = value };
    }

    /// <summary>The prompt shown in a review: the card's question, or "Explain &lt;topic&gt;: what are its key points?".</summary>
    public string Question => Kind == StudyItemKind.Card ? Title : $"Explain {Title}: what are its key points?";

    private int Offset => Kind == StudyItemKind.Topic ? TopicHeader : 0;

    /// <summary>The derived values as given ones, for a <c>with</c> expression that sets one of them.</summary>
    private Given AsGiven() => Data as Given ?? new Given(Answer, KeyPoints, PracticeQuestions, TitleKey, ContentKey);

    private static string? Bullets(IReadOnlyList<string> keyPoints) =>
        keyPoints.Count > 0 ? string.Join("\n", keyPoints.Select(k => "• " + k)) : null;
}
