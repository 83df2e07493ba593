namespace PrepCode.Core.Notes;

/// <summary>Everything PrepCode extracts from one Markdown note. Immutable.</summary>
/// <param name="Path">Workspace-relative path with '/' separators.</param>
/// <param name="Key">The note's identity in item ids: front-matter <c>id</c> when present, else <see cref="Path"/>.</param>
/// <param name="ContentHash">32 hex chars of XXH128 of the raw bytes (or of the text as UTF-8 when parsed from text): tells whether the note changed.</param>
/// <param name="UsesCrlf">True when the note's first line break is CRLF; edits must keep it.</param>
public sealed record NoteDocument(
    string Path,
    string Key,
    string ContentHash,
    FrontMatter FrontMatter,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Card> Cards,
    IReadOnlyList<PracticeQuestion> PracticeQuestions,
    IReadOnlyList<KeyPoint> KeyPoints,
    IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<MarkdownTable> Tables,
    IReadOnlyList<ScoreLine> Scores,
    IReadOnlyList<NoteDiagnostic> Diagnostics,
    bool UsesCrlf)
{
    /// <summary>A note excluded from study (front matter <c>prep: false</c>, or binary).</summary>
    public bool IsExcluded => !FrontMatter.Prep;
}
