using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>How many of each thing a note holds (for <c>prepcode index</c>), kept instead of the things themselves.</summary>
public readonly record struct NoteCounts(int Topics, int Cards, int PracticeQuestions, int Tasks, int TasksDone);

/// <summary>
/// What the index keeps of one note: identity, front matter, diagnostics and counts. Its study items are kept beside
/// it (<see cref="NoteIndex.ItemsOf"/>); the full <see cref="NoteDocument"/> (cards, tasks, tables, ranges) is parsed
/// again when needed (<see cref="NoteWorkspace.Document"/>), so the index stays small.
/// </summary>
public sealed record IndexedNote(
    string Path,
    string Key,
    string ContentHash,
    FrontMatter FrontMatter,
    IReadOnlyList<NoteDiagnostic> Diagnostics,
    bool UsesCrlf,
    NoteCounts Counts)
{
    /// <summary>A note excluded from study (front matter <c>prep: false</c>, or binary).</summary>
    public bool IsExcluded => !FrontMatter.Prep;

    public static IndexedNote From(NoteDocument doc)
    {
        int done = 0;
        foreach (var t in doc.Tasks) if (t.Checked) done++;
        return new IndexedNote(doc.Path, doc.Key, doc.ContentHash, doc.FrontMatter,
            doc.Diagnostics.Count == 0 ? [] : doc.Diagnostics, doc.UsesCrlf,
            new NoteCounts(doc.Topics.Count, doc.Cards.Count, doc.PracticeQuestions.Count, doc.Tasks.Count, done));
    }
}
