using System.Collections.Immutable;

namespace PrepCode.Core.Indexing;

/// <summary>
/// Item id → owning item, immutable. A plain dictionary built once (the first full index: one pass, a third of the
/// memory of an immutable dictionary) plus an immutable overlay of the changes since (a null value marks a removed
/// id). The overlay is folded into a new base when it grows past a quarter of it, so lookups stay two probes at most.
/// </summary>
internal sealed class OwnerMap
{
    private readonly Dictionary<string, StudyItem> _base;
    private readonly ImmutableDictionary<string, StudyItem?> _overlay;

    private OwnerMap(Dictionary<string, StudyItem> @base, ImmutableDictionary<string, StudyItem?> overlay, int count)
    {
        _base = @base;
        _overlay = overlay;
        Count = count;
    }

    public static OwnerMap Empty { get; } = new(new Dictionary<string, StudyItem>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, StudyItem?>(StringComparer.Ordinal), 0);

    /// <summary>A map over a dictionary that nobody changes afterwards.</summary>
    public static OwnerMap Of(Dictionary<string, StudyItem> owners) =>
        new(owners, Empty._overlay, owners.Count);

    public int Count { get; }

    public bool TryGetValue(string id, out StudyItem item)
    {
        if (_overlay.TryGetValue(id, out var changed)) { item = changed!; return changed is not null; }
        return _base.TryGetValue(id, out item!);
    }

    public Builder ToBuilder() => new(this);

    /// <summary>Changes to one map, turned into a new one by <see cref="ToImmutable"/>.</summary>
    internal sealed class Builder(OwnerMap from)
    {
        private readonly ImmutableDictionary<string, StudyItem?>.Builder _overlay = from._overlay.ToBuilder();
        private int _count = from.Count;

        public bool TryGetValue(string id, out StudyItem item)
        {
            if (_overlay.TryGetValue(id, out var changed)) { item = changed!; return changed is not null; }
            return from._base.TryGetValue(id, out item!);
        }

        public void Set(string id, StudyItem item)
        {
            if (!TryGetValue(id, out _)) _count++;
            if (from._base.TryGetValue(id, out var kept) && ReferenceEquals(kept, item)) _overlay.Remove(id);
            else _overlay[id] = item;
        }

        public void Remove(string id)
        {
            if (!TryGetValue(id, out _)) return;
            _count--;
            if (from._base.ContainsKey(id)) _overlay[id] = null;
            else _overlay.Remove(id);
        }

        public OwnerMap ToImmutable()
        {
            if (_overlay.Count <= from._base.Count / 4 + 64) return new OwnerMap(from._base, _overlay.ToImmutable(), _count);
            var merged = new Dictionary<string, StudyItem>(from._base, StringComparer.Ordinal);
            foreach (var (id, item) in _overlay)
            {
                if (item is null) merged.Remove(id);
                else merged[id] = item;
            }
            return Of(merged);
        }
    }
}
