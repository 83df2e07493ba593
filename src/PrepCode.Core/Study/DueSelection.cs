namespace PrepCode.Core.Study;

/// <summary>
/// One item of a due group as the query orders it: predicted recall (FSRS; 0 under SM-2), then due day, then ease
/// factor, then position in the index. Positions are unique, so the order is total.
/// </summary>
internal readonly record struct DueCandidate(double Recall, int DueDay, double Ease, int Position) : IComparable<DueCandidate>
{
    public int CompareTo(DueCandidate other)
    {
        if (Recall != other.Recall) return Recall < other.Recall ? -1 : 1;
        if (DueDay != other.DueDay) return DueDay < other.DueDay ? -1 : 1;
        if (Ease != other.Ease) return Ease < other.Ease ? -1 : 1;
        return Position.CompareTo(other.Position);
    }
}

/// <summary>
/// Counts every candidate of a group and keeps the first <c>limit</c> in order: a max-heap of the kept ones, whose
/// root (the last kept) a new candidate must beat. Same result as sorting all and taking the first <c>limit</c>.
/// </summary>
internal sealed class DueSelection(int limit)
{
    private DueCandidate[] _kept = new DueCandidate[Math.Min(limit, 256)];
    private int _count;

    /// <summary>Every candidate added, kept or not.</summary>
    public int Total { get; private set; }

    public void Add(in DueCandidate candidate)
    {
        Total++;
        if (_count < limit)
        {
            if (_count == _kept.Length) Array.Resize(ref _kept, (int)Math.Min(limit, 2L * _count));
            _kept[_count++] = candidate;
            if (_count == limit) for (var i = _count / 2 - 1; i >= 0; i--) SiftDown(i);
            return;
        }
        if (limit == 0 || candidate.CompareTo(_kept[0]) >= 0) return;
        _kept[0] = candidate;
        SiftDown(0);
    }

    /// <summary>The kept candidates, first first.</summary>
    public ReadOnlySpan<DueCandidate> Sorted()
    {
        var kept = _kept.AsSpan(0, _count);
        kept.Sort();
        return kept;
    }

    private void SiftDown(int i)
    {
        var kept = _kept;
        var n = _count;
        var x = kept[i];
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && kept[child + 1].CompareTo(kept[child]) > 0) child++;
            if (kept[child].CompareTo(x) <= 0) break;
            kept[i] = kept[child];
            i = child;
        }
        kept[i] = x;
    }
}
