using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Study;

/// <summary>
/// The schedule in memory: each item's stored state by id, mirrored in arrays indexed by a slot, a small integer
/// given to an item id the first time it is asked for (<see cref="Slot"/>) and never changed. The due query reads
/// due days and ease factors from the arrays instead of looking up a long string id per item.
/// Every write goes through the indexer or <see cref="Remove"/>, which keep both views equal. Not thread-safe.
/// </summary>
internal sealed class ScheduleTable : IReadOnlyDictionary<string, StoredItemState>
{
    /// <summary>The due day of a slot without a schedule (a new item).</summary>
    public const int NoDue = int.MinValue;

    private readonly Dictionary<string, StoredItemState> _byId;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private int[] _dueDays = [];
    private double[] _eases = [];
    private ReviewState?[] _states = [];

    public ScheduleTable(IEnumerable<KeyValuePair<string, StoredItemState>> states) =>
        _byId = new Dictionary<string, StoredItemState>(states, StringComparer.Ordinal);

    /// <summary>The due day (<see cref="DateOnly.DayNumber"/>) of each slot, <see cref="NoDue"/> when unscheduled.
    /// Read it again after <see cref="Slot"/> added a slot: the array may have grown.</summary>
    public int[] DueDays => _dueDays;

    /// <summary>The ease factor of each scheduled slot.</summary>
    public double[] Eases => _eases;

    public int SlotCount => _slots.Count;

    /// <summary>The state of a slot; null when the item has no schedule.</summary>
    public ReviewState? StateAt(int slot) => _states[slot];

    /// <summary>The slot of an item id, given on first use (filled from the stored state when there is one).</summary>
    public int Slot(string id)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, id, out var exists);
        if (exists) return slot;
        slot = _slots.Count - 1;
        var added = slot;
        if (added == _dueDays.Length)
        {
            var size = Math.Max(1024, added * 2);
            Array.Resize(ref _dueDays, size);
            Array.Resize(ref _eases, size);
            Array.Resize(ref _states, size);
        }
        Mirror(added, _byId.TryGetValue(id, out var stored) ? stored.State : null);
        return added;
    }

    public StoredItemState this[string id]
    {
        get => _byId[id];
        set
        {
            _byId[id] = value;
            if (_slots.TryGetValue(id, out var slot)) Mirror(slot, value.State);
        }
    }

    public bool Remove(string id)
    {
        if (!_byId.Remove(id)) return false;
        if (_slots.TryGetValue(id, out var slot)) Mirror(slot, null);
        return true;
    }

    private void Mirror(int slot, ReviewState? state)
    {
        _states[slot] = state?.DueDate is null ? null : state;
        _dueDays[slot] = state?.DueDate is { } due ? due.DayNumber : NoDue;
        _eases[slot] = state?.EaseFactor ?? ReviewState.InitialEaseFactor;
    }

    public int Count => _byId.Count;
    public IEnumerable<string> Keys => _byId.Keys;
    public IEnumerable<StoredItemState> Values => _byId.Values;
    public bool ContainsKey(string key) => _byId.ContainsKey(key);
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out StoredItemState value) => _byId.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, StoredItemState>> GetEnumerator() => _byId.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
