using System.Collections.Immutable;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>
/// An immutable snapshot of every indexed note (as an <see cref="IndexedNote"/>) and study item. Updated per document
/// (<see cref="With(NoteDocument)"/>, <see cref="Without"/>) and never rebuilt wholesale on one edit. When two notes
/// claim the same item id, the note whose path sorts first owns it, so the result does not depend on the order of
/// updates. Each id maps to its owner; only ids claimed by several notes also keep the list of all their claims.
/// </summary>
public sealed class NoteIndex
{
    private readonly OwnerMap _owners;
    private readonly ImmutableDictionary<string, ImmutableArray<StudyItem>> _itemsByNote;
    private readonly ImmutableDictionary<string, ImmutableArray<StudyItem>> _contested;

    private NoteIndex(ImmutableSortedDictionary<string, IndexedNote> notes,
        OwnerMap owners,
        ImmutableDictionary<string, ImmutableArray<StudyItem>> itemsByNote,
        ImmutableDictionary<string, ImmutableArray<StudyItem>> contested)
    {
        Notes = notes;
        _owners = owners;
        _itemsByNote = itemsByNote;
        _contested = contested;
    }

    public static NoteIndex Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, IndexedNote>(StringComparer.Ordinal),
        OwnerMap.Empty,
        ImmutableDictionary.Create<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableArray<StudyItem>>(StringComparer.Ordinal));

    /// <summary>Builds an index in one pass (the first full index): same result as <see cref="With(NoteDocument)"/> per note.</summary>
    public static NoteIndex Build(IEnumerable<NoteDocument> notes) =>
        Build(notes.Select(n => (IndexedNote.From(n), StudyItemExtractor.Extract(n).ToImmutableArray())));

    /// <summary>Builds an index in one pass from notes whose items are already extracted (a later note with the same
    /// path replaces an earlier one). The note maps and the owner map are built on two threads.</summary>
    public static NoteIndex Build(IEnumerable<(IndexedNote Note, ImmutableArray<StudyItem> Items)> notes)
    {
        var byPathOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<(IndexedNote Note, ImmutableArray<StudyItem> Items)>();
        foreach (var n in notes)
        {
            if (byPathOrder.TryGetValue(n.Note.Path, out var at)) list[at] = n;
            else { byPathOrder[n.Note.Path] = list.Count; list.Add(n); }
        }
        list.Sort((a, b) => string.CompareOrdinal(a.Note.Path, b.Note.Path));   // path order = owner order

        ImmutableSortedDictionary<string, IndexedNote> byPath = null!;
        ImmutableDictionary<string, ImmutableArray<StudyItem>> itemsByNote = null!;
        Dictionary<string, StudyItem> owners = null!;
        Dictionary<string, List<StudyItem>>? contested = null;
        Parallel.Invoke(
            () =>
            {
                byPath = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, list.Select(n => KeyValuePair.Create(n.Note.Path, n.Note)));
                itemsByNote = ImmutableDictionary.CreateRange(StringComparer.Ordinal, list.Select(n => KeyValuePair.Create(n.Note.Path, n.Items)));
            },
            () =>
            {
                owners = new Dictionary<string, StudyItem>(list.Sum(n => n.Items.Length), StringComparer.Ordinal);
                foreach (var (_, items) in list)
                {
                    foreach (var item in items)
                    {
                        if (owners.TryAdd(item.Id, item)) continue;
                        contested ??= new(StringComparer.Ordinal);
                        if (!contested.TryGetValue(item.Id, out var claims)) contested[item.Id] = claims = [owners[item.Id]];
                        claims.Add(item);
                    }
                }
            });
        return new NoteIndex(byPath, OwnerMap.Of(owners), itemsByNote,
            contested is null ? Empty._contested
                : contested.ToImmutableDictionary(c => c.Key, c => c.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    public ImmutableSortedDictionary<string, IndexedNote> Notes { get; }

    public int ItemCount => _owners.Count;

    private StudyItem[]? _items;

    /// <summary>Every item, one per id (the owner's), in note path then source order. Computed once per snapshot.</summary>
    public IReadOnlyList<StudyItem> Items => _items ??= ComputeItems();

    private StudyItem[] ComputeItems()
    {
        var result = new StudyItem[_owners.Count];
        int n = 0;
        foreach (var path in Notes.Keys)
        {
            if (!_itemsByNote.TryGetValue(path, out var items)) continue;
            foreach (var item in items)
            {
                // Only ids claimed by several notes need the owner check.
                if (_contested.IsEmpty || !_contested.ContainsKey(item.Id) || (_owners.TryGetValue(item.Id, out var owner) && ReferenceEquals(owner, item))) result[n++] = item;
            }
        }
        return n == result.Length ? result : result[..n];
    }

    public StudyItem? Find(string id) => _owners.TryGetValue(id, out var item) ? item : null;

    public IReadOnlyList<StudyItem> ItemsOf(string path) => _itemsByNote.TryGetValue(path, out var items) ? items : [];

    public IndexedNote? Note(string path) => Notes.GetValueOrDefault(path);

    public NoteIndex With(NoteDocument note) => With(IndexedNote.From(note), [.. StudyItemExtractor.Extract(note)]);

    public NoteIndex With(IndexedNote note, ImmutableArray<StudyItem> items)
    {
        var self = Notes.ContainsKey(note.Path) ? Without(note.Path) : this;
        var owners = self._owners.ToBuilder();
        var contested = self._contested;
        foreach (var item in items)
        {
            if (!owners.TryGetValue(item.Id, out var owner)) { owners.Set(item.Id, item); continue; }
            var claims = (contested.TryGetValue(item.Id, out var c) ? c : [owner])
                .Add(item).Sort((a, b) => string.CompareOrdinal(a.NotePath, b.NotePath));
            contested = contested.SetItem(item.Id, claims);
            owners.Set(item.Id, claims[0]);
        }
        return new NoteIndex(self.Notes.SetItem(note.Path, note), owners.ToImmutable(), self._itemsByNote.SetItem(note.Path, items), contested);
    }

    public NoteIndex Without(string path)
    {
        if (!Notes.ContainsKey(path)) return this;
        var owners = _owners.ToBuilder();
        var contested = _contested;
        foreach (var item in ItemsOf(path))
        {
            if (!contested.TryGetValue(item.Id, out var claims))
            {
                // (An id this note claimed twice was handled at its first claim.)
                if (owners.TryGetValue(item.Id, out var owner) && owner.NotePath == path) owners.Remove(item.Id);
                continue;
            }
            var rest = claims.RemoveAll(i => i.NotePath == path);
            if (rest.IsEmpty) owners.Remove(item.Id);
            else owners.Set(item.Id, rest[0]);
            contested = rest.Length > 1 ? contested.SetItem(item.Id, rest) : contested.Remove(item.Id);
        }
        return new NoteIndex(Notes.Remove(path), owners.ToImmutable(), _itemsByNote.Remove(path), contested);
    }
}
