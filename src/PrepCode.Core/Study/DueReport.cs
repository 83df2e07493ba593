using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Study;

/// <param name="Retrievability">Predicted recall now (0-1) under FSRS; null under SM-2 and for new items.</param>
/// <param name="Memory">FSRS stability and difficulty under FSRS; null otherwise.</param>
public sealed record DueEntry(StudyItem Item, ReviewState State, int DaysOverdue, double? Retrievability = null, Scheduling.Fsrs.FsrsMemoryState? Memory = null);

/// <summary>What is due on <see cref="Today"/>: most overdue first; upcoming by date; new in note order.</summary>
public sealed record DueReport(
    DateOnly Today,
    IReadOnlyList<DueEntry> Overdue,
    IReadOnlyList<DueEntry> DueToday,
    IReadOnlyList<DueEntry> Upcoming,
    IReadOnlyList<DueEntry> New,
    int NewTotal)
{
    public IEnumerable<DueEntry> DueNow => Overdue.Concat(DueToday);
}

/// <summary>Computes a <see cref="DueReport"/> from the index and the schedule. Pure.</summary>
public static class DueItemsQuery
{
    public static DueReport Run(NoteIndex index, IReadOnlyDictionary<string, ReviewState> states, DateOnly today,
        int upcomingDays, int? newLimit = null, string? track = null, Func<string?, bool>? visible = null) =>
        Run(index, id => states.TryGetValue(id, out var s) ? s : null, today, upcomingDays, newLimit, track, visible);

    /// <param name="stateOf">The schedule of an item id, null when it has none (new).</param>
    /// <param name="visible">Which tracks are shown (the active track group); null shows all.</param>
    public static DueReport Run(NoteIndex index, Func<string, ReviewState?> stateOf, DateOnly today,
        int upcomingDays, int? newLimit = null, string? track = null, Func<string?, bool>? visible = null)
    {
        var overdue = new List<DueEntry>();
        var dueToday = new List<DueEntry>();
        var upcoming = new List<DueEntry>();
        var fresh = new List<DueEntry>();
        var newTotal = 0;
        var horizon = today.AddDays(upcomingDays);
        foreach (var item in index.Items)
        {
            if (track is not null && !string.Equals(item.Track, track, StringComparison.OrdinalIgnoreCase)) continue;
            if (visible is not null && !visible(item.Track)) continue;
            var state = stateOf(item.Id);
            if (state?.DueDate is null)
            {
                newTotal++;
                if (newLimit is null || fresh.Count < newLimit) fresh.Add(new DueEntry(item, ReviewState.New, 0));
                continue;
            }
            var due = state.DueDate.Value;
            if (due < today) overdue.Add(new DueEntry(item, state, state.DaysOverdue(today)));
            else if (due == today) dueToday.Add(new DueEntry(item, state, 0));
            else if (due <= horizon) upcoming.Add(new DueEntry(item, state, 0));
        }
        overdue.Sort((a, b) => b.DaysOverdue != a.DaysOverdue ? b.DaysOverdue.CompareTo(a.DaysOverdue) : a.State.EaseFactor.CompareTo(b.State.EaseFactor));
        upcoming.Sort((a, b) => a.State.DueDate!.Value.CompareTo(b.State.DueDate!.Value));
        return new DueReport(today, overdue, dueToday, upcoming, fresh, newTotal);
    }
}
