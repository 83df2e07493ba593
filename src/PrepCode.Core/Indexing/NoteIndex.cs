using System.Collections.Immutable;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>
/// An immutable snapshot of every indexed note and study item. Updated per document (<see cref="With"/>,
/// <see cref="Without"/>) and never rebuilt wholesale on one edit. When two notes claim the same item id, the note
/// whose path sorts first owns it, so the result does not depend on the order of updates.
/// </summary>
public sealed class NoteIndex
{
    private readonly ImmutableDictionary<string, ImmutableArray<StudyItem>> _claims;
    private readonly ImmutableDictionary<string, ImmutableArray<StudyItem>> _itemsByNote;

    private NoteIndex(ImmutableSortedDictionary<string, NoteDocument> notes,
        ImmutableDictionary<string, ImmutableArray<StudyItem>> claims,
        ImmutableDictionary<string, ImmutableArray<StudyItem>> itemsByNote)
    {
        Notes = notes;
        _claims = claims;
        _itemsByNote = itemsByNote;
    }

    public static NoteIndex Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, NoteDocument>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal));

    public ImmutableSortedDictionary<string, NoteDocument> Notes { get; }

    public int ItemCount => _claims.Count;

    /// <summary>Every item, one per id (the owner's), in note path then source order.</summary>
    public IEnumerable<StudyItem> Items =>
        Notes.Keys.SelectMany(path => _itemsByNote.TryGetValue(path, out var items) ? items : [])
            .Where(i => ReferenceEquals(_claims[i.Id][0], i));

    public StudyItem? Find(string id) => _claims.TryGetValue(id, out var claims) ? claims[0] : null;

    public IReadOnlyList<StudyItem> ItemsOf(string path) => _itemsByNote.TryGetValue(path, out var items) ? items : [];

    public NoteDocument? Note(string path) => Notes.GetValueOrDefault(path);

    public NoteIndex With(NoteDocument note)
    {
        var self = Notes.ContainsKey(note.Path) ? Without(note.Path) : this;
        var items = StudyItemExtractor.Extract(note).ToImmutableArray();
        var claims = self._claims.ToBuilder();
        foreach (var item in items)
        {
            var existing = claims.TryGetValue(item.Id, out var c) ? c : [];
            claims[item.Id] = existing.Add(item).Sort((a, b) => string.CompareOrdinal(a.NotePath, b.NotePath));
        }
        return new NoteIndex(self.Notes.SetItem(note.Path, note), claims.ToImmutable(), self._itemsByNote.SetItem(note.Path, items));
    }

    public NoteIndex Without(string path)
    {
        if (!Notes.ContainsKey(path)) return this;
        var claims = _claims.ToBuilder();
        foreach (var item in ItemsOf(path))
        {
            var rest = claims[item.Id].RemoveAll(i => i.NotePath == path);
            if (rest.IsEmpty) claims.Remove(item.Id);
            else claims[item.Id] = rest;
        }
        return new NoteIndex(Notes.Remove(path), claims.ToImmutable(), _itemsByNote.Remove(path));
    }
}
