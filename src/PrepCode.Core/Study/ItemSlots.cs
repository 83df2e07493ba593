using PrepCode.Core.Indexing;

namespace PrepCode.Core.Study;

/// <summary>
/// What the due query needs of one index snapshot, aligned with <see cref="NoteIndex.Items"/>: each item's schedule
/// slot (<see cref="ScheduleTable.Slot"/>) and small integers for its note, domain and track (<see cref="KeyTable"/>).
/// Built once per snapshot; an item object the previous snapshot had too (an unchanged note) keeps its numbers
/// without a lookup, so a one-note edit costs one pass over the arrays, not one string lookup per item. The arrays may
/// be longer than <see cref="Items"/> (they are reused from an older snapshot's: writing fresh memory page by page
/// cost more than the pass itself).
/// </summary>
internal sealed class ItemSlots
{
    private ItemSlots(NoteIndex index, StudyItem[] items, KeyTable notes, KeyTable domains, KeyTable tracks, ItemSlots? spare)
    {
        Index = index;
        Items = items;
        Notes = notes;
        Domains = domains;
        Tracks = tracks;
        if (spare is not null && spare.Slot.Length >= items.Length)
            (Slot, Note, Domain, Track) = (spare.Slot, spare.Note, spare.Domain, spare.Track);
        else
        {
            var size = items.Length + items.Length / 8;
            (Slot, Note, Domain, Track) = (new int[size], new int[size], new int[size], new int[size]);
        }
    }

    public NoteIndex Index { get; }
    public StudyItem[] Items { get; }
    public int[] Slot { get; }
    public int[] Note { get; }
    public int[] Domain { get; }
    public int[] Track { get; }
    public KeyTable Notes { get; }
    public KeyTable Domains { get; }
    public KeyTable Tracks { get; }

    /// <param name="previous">The last snapshot's slots built against the same <paramref name="table"/>, or null.</param>
    /// <param name="spare">Slots no longer used, whose arrays are overwritten; null allocates new ones.</param>
    public static ItemSlots Build(NoteIndex index, ItemSlots? previous, ScheduleTable table, ItemSlots? spare = null)
    {
        if (spare is not null && (ReferenceEquals(spare, previous) || ReferenceEquals(spare.Slot, previous?.Slot))) spare = null;
        var items = index.Items as StudyItem[] ?? [.. index.Items];   // an array: no interface call per item
        var result = new ItemSlots(index, items, previous?.Notes ?? new KeyTable(), previous?.Domains ?? new KeyTable(), previous?.Tracks ?? new KeyTable(), spare);
        var old = previous?.Items ?? [];
        var j = 0;
        string? lastPath = null, lastDomain = null, lastTrack = null;
        int lastNote = 0, lastDomainNumber = 0, lastTrackNumber = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (j < old.Length && !ReferenceEquals(old[j], item))
            {
                // Both lists are in note path order: skip the old items of notes before this one (removed or changed).
                // Only the speed depends on that order; numbers are reused for the same item object only.
                while (j < old.Length && string.CompareOrdinal(old[j].NotePath, item.NotePath) < 0) j++;
            }
            if (j < old.Length && ReferenceEquals(old[j], item))
            {
                result.Slot[i] = previous!.Slot[j];
                result.Note[i] = previous.Note[j];
                result.Domain[i] = previous.Domain[j];
                result.Track[i] = previous.Track[j];
                j++;
                continue;
            }
            if (!ReferenceEquals(item.NotePath, lastPath))
            {
                lastPath = item.NotePath;
                lastNote = result.Notes.Of(lastPath);
            }
            if (!ReferenceEquals(item.Domain, lastDomain)) lastDomainNumber = result.Domains.Of(lastDomain = item.Domain);
            if (!ReferenceEquals(item.Track, lastTrack)) lastTrackNumber = result.Tracks.Of(lastTrack = item.Track);
            result.Slot[i] = table.Slot(item.Id);
            result.Note[i] = lastNote;
            result.Domain[i] = lastDomainNumber;
            result.Track[i] = lastTrackNumber;
        }
        return result;
    }
}

/// <summary>
/// Numbers distinct strings (null is 0) in order of first use; numbers never change. Written under the owner's lock;
/// <see cref="Names"/> returns an array whose first <see cref="Count"/> entries never change afterwards.
/// </summary>
internal sealed class KeyTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private string?[] _names = new string?[16];

    public int Count { get; private set; } = 1;

    public string?[] Names => _names;

    public int Of(string? key)
    {
        if (key is null) return 0;
        if (_numbers.TryGetValue(key, out var n)) return n;
        if (Count == _names.Length)
        {
            var grown = new string?[Count * 2];
            Array.Copy(_names, grown, Count);
            _names = grown;                                   // readers keep the old array, which stays valid
        }
        _names[Count] = key;
        _numbers[key] = Count;
        return Count++;
    }
}
