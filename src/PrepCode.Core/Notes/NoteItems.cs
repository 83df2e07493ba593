namespace PrepCode.Core.Notes;

/// <summary>A heading. <see cref="Id"/> is the explicit attribute (<c>{#adam}</c>) when present, else
/// <c>&lt;note key&gt;#slug/of/the/heading/path</c>. <see cref="HeadingRange"/> covers the heading line;
/// <see cref="SectionRange"/> runs to the next heading of the same or higher level.</summary>
public sealed record Topic(
    string Id,
    string Title,
    int Level,
    IReadOnlyList<string> HeadingPath,
    SourceRange HeadingRange,
    SourceRange SectionRange,
    string? ParentId,
    string ContentHash)
{
    private readonly string? _contentHash = ContentHash;

    /// <summary>The section body whose fingerprint is <see cref="ContentHash"/>, for a topic that computes it when
    /// first read (most headings are never study items, and their sections need no fingerprint).</summary>
    private (string Text, int Start, int Length) Body { get; init; }

    /// <summary>16 hex chars: <see cref="Hashing.NormalisedFingerprint"/> of the text between the heading and the next one.</summary>
    public string ContentHash { get => _contentHash ?? Hashing.FingerprintHex(SectionFingerprint); init => _contentHash = value; }

    internal ulong SectionFingerprint => _contentHash is null
        ? Hashing.SectionFingerprintValue(Body.Text.AsSpan(Body.Start, Body.Length))
        : ulong.Parse(_contentHash, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The section's fingerprint as versions before XXH3 computed it (<see cref="Hashing.LegacySectionFingerprintValue"/>);
    /// null for a topic built with a given <see cref="ContentHash"/>.</summary>
    internal ulong? LegacySectionFingerprint => Body.Text is null ? null
        : Hashing.LegacySectionFingerprintValue(Body.Text.AsSpan(Body.Start, Body.Length));

    internal static Topic WithBody(string id, string title, int level, IReadOnlyList<string> headingPath, SourceRange headingRange,
        SourceRange sectionRange, string? parentId, string text, int start, int length) =>
        new(id, title, level, headingPath, headingRange, sectionRange, parentId, null!) { Body = (text, start, length) };
}

public enum CardKind
{
    /// <summary><c>question::answer</c></summary>
    Basic,
    /// <summary><c>question:::answer</c>: reviewed in both directions.</summary>
    Bidirectional,
    /// <summary>Lines of question, a line with <c>?</c>, lines of answer.</summary>
    MultiLine,
    /// <summary>As <see cref="MultiLine"/> with <c>??</c>: both directions.</summary>
    MultiLineBidirectional,
    /// <summary><c>==text==</c> or <c>{{c1::text}}</c>: the question is the line with the deletion hidden.</summary>
    Cloze,
}

/// <summary>A question with its answer. <see cref="Id"/> derives from the normalised question text within its note,
/// so editing the answer keeps the schedule.</summary>
public sealed record Card(
    string Id,
    CardKind Kind,
    string Question,
    string Answer,
    string? TopicId,
    SourceRange Range);

/// <summary>A practice question: a list item under a "Practice"/"Questions"/"Knowledge check" heading, or one ending in '?'.</summary>
public sealed record PracticeQuestion(string Text, string? TopicId, SourceRange Range);

/// <summary>A key point: a list item under "Key points"/"Key learnings"/"Takeaways".</summary>
public sealed record KeyPoint(string Text, string? TopicId, SourceRange Range);

/// <summary>A task-list item <c>- [ ]</c> / <c>- [x]</c>. <see cref="CheckboxRange"/> covers the three characters <c>[ ]</c>.</summary>
public sealed record TaskItem(string Text, bool Checked, string? TopicId, SourceRange Range, SourceRange CheckboxRange);

/// <summary>A pipe table with the heading it sits under. Cells are trimmed text.</summary>
public sealed record MarkdownTable(
    string? TopicId,
    string? HeadingTitle,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    SourceRange Range);

/// <summary>A "Score: 92.0%" line.</summary>
public sealed record ScoreLine(double Percent, string? TopicId, SourceRange Range);
