using System.Collections.Immutable;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>
/// An immutable snapshot of every indexed note (as an <see cref="IndexedNote"/>) and study item. Updated per document (<see cref="With"/>,
/// <see cref="Without"/>) and never rebuilt wholesale on one edit. When two notes claim the same item id, the note
/// whose path sorts first owns it, so the result does not depend on the order of updates.
/// </summary>
public sealed class NoteIndex
{
    private readonly ImmutableDictionary<string, ImmutableArray<StudyItem>> _claims;
    private readonly ImmutableDictionary<string, ImmutableArray<StudyItem>> _itemsByNote;
    private readonly ImmutableHashSet<string> _contested;

    private NoteIndex(ImmutableSortedDictionary<string, IndexedNote> notes,
        ImmutableDictionary<string, ImmutableArray<StudyItem>> claims,
        ImmutableDictionary<string, ImmutableArray<StudyItem>> itemsByNote,
        ImmutableHashSet<string> contested)
    {
        Notes = notes;
        _claims = claims;
        _itemsByNote = itemsByNote;
        _contested = contested;
    }

    public static NoteIndex Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, IndexedNote>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal),
        ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    /// <summary>Builds an index in one pass (the first full index): same result as <see cref="With(NoteDocument)"/> per note.</summary>
    public static NoteIndex Build(IEnumerable<NoteDocument> notes) =>
        Build(notes.Select(n => (IndexedNote.From(n), StudyItemExtractor.Extract(n).ToImmutableArray())));

    /// <summary>Builds an index in one pass from notes whose items are already extracted.</summary>
    public static NoteIndex Build(IEnumerable<(IndexedNote Note, ImmutableArray<StudyItem> Items)> notes)
    {
        var byPath = ImmutableSortedDictionary.CreateBuilder<string, IndexedNote>(StringComparer.Ordinal);
        var itemsByNote = ImmutableDictionary.CreateBuilder<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal);
        foreach (var (note, items) in notes)
        {
            byPath[note.Path] = note;
            itemsByNote[note.Path] = items;
        }
        var claims = new Dictionary<string, List<StudyItem>>(StringComparer.Ordinal);
        foreach (var path in byPath.Keys)                       // path order = owner order
        {
            foreach (var item in itemsByNote[path])
            {
                if (!claims.TryGetValue(item.Id, out var list)) claims[item.Id] = list = new List<StudyItem>(1);
                list.Add(item);
            }
        }
        var contested = claims.Where(c => c.Value.Count > 1).Select(c => c.Key).ToImmutableHashSet(StringComparer.Ordinal);
        var claimMap = claims.ToImmutableDictionary(c => c.Key, c => c.Value.ToImmutableArray(), StringComparer.Ordinal);
        return new NoteIndex(byPath.ToImmutable(), claimMap, itemsByNote.ToImmutable(), contested);
    }

    public ImmutableSortedDictionary<string, IndexedNote> Notes { get; }

    public int ItemCount => _claims.Count;

    private StudyItem[]? _items;

    /// <summary>Every item, one per id (the owner's), in note path then source order. Computed once per snapshot.</summary>
    public IReadOnlyList<StudyItem> Items => _items ??= ComputeItems();

    private StudyItem[] ComputeItems()
    {
        var result = new List<StudyItem>(_claims.Count);
        foreach (var path in Notes.Keys)
        {
            if (!_itemsByNote.TryGetValue(path, out var items)) continue;
            foreach (var item in items)
            {
                // Only ids claimed by several notes need the owner check.
                if (!_contested.Contains(item.Id) || ReferenceEquals(_claims[item.Id][0], item)) result.Add(item);
            }
        }
        return [.. result];
    }

    public StudyItem? Find(string id) => _claims.TryGetValue(id, out var claims) ? claims[0] : null;

    public IReadOnlyList<StudyItem> ItemsOf(string path) => _itemsByNote.TryGetValue(path, out var items) ? items : [];

    public IndexedNote? Note(string path) => Notes.GetValueOrDefault(path);

    public NoteIndex With(NoteDocument note) => With(IndexedNote.From(note), [.. StudyItemExtractor.Extract(note)]);

    public NoteIndex With(IndexedNote note, ImmutableArray<StudyItem> items)
    {
        var self = Notes.ContainsKey(note.Path) ? Without(note.Path) : this;
        var claims = self._claims.ToBuilder();
        var contested = self._contested;
        foreach (var item in items)
        {
            var existing = claims.TryGetValue(item.Id, out var c) ? c : [];
            claims[item.Id] = existing.Add(item).Sort((a, b) => string.CompareOrdinal(a.NotePath, b.NotePath));
            if (existing.Length > 0) contested = contested.Add(item.Id);
        }
        return new NoteIndex(self.Notes.SetItem(note.Path, note), claims.ToImmutable(), self._itemsByNote.SetItem(note.Path, items), contested);
    }

    public NoteIndex Without(string path)
    {
        if (!Notes.ContainsKey(path)) return this;
        var claims = _claims.ToBuilder();
        var contested = _contested;
        foreach (var item in ItemsOf(path))
        {
            var rest = claims[item.Id].RemoveAll(i => i.NotePath == path);
            if (rest.IsEmpty) claims.Remove(item.Id);
            else claims[item.Id] = rest;
            if (rest.Length <= 1) contested = contested.Remove(item.Id);
        }
        return new NoteIndex(Notes.Remove(path), claims.ToImmutable(), _itemsByNote.Remove(path), contested);
    }
}
