using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Study;

/// <param name="Retrievability">Predicted recall now (0-1) under FSRS; null under SM-2 and for new items.</param>
/// <param name="Memory">FSRS stability and difficulty under FSRS; null otherwise.</param>
public sealed record DueEntry(StudyItem Item, ReviewState State, int DaysOverdue, double? Retrievability = null, Scheduling.Fsrs.FsrsMemoryState? Memory = null);

/// <summary>
/// What is due on <see cref="Today"/>: most overdue first (ties: lower ease factor first, then index order); today in
/// index order; upcoming by date (ties in index order); new in index order. Under FSRS overdue and today come by
/// predicted recall, lowest first, ties in that same order. The lists may be capped (the query's limits); the totals
/// always count every item of the group.
/// </summary>
public sealed record DueReport(
    DateOnly Today,
    IReadOnlyList<DueEntry> Overdue,
    IReadOnlyList<DueEntry> DueToday,
    IReadOnlyList<DueEntry> Upcoming,
    IReadOnlyList<DueEntry> New,
    int NewTotal)
{
    private readonly int? _overdueTotal, _dueTodayTotal, _upcomingTotal;

    /// <summary>How many items are overdue (at least <see cref="Overdue"/>'s count).</summary>
    public int OverdueTotal { get => _overdueTotal ?? Overdue.Count; init => _overdueTotal = value; }

    public int DueTodayTotal { get => _dueTodayTotal ?? DueToday.Count; init => _dueTodayTotal = value; }

    public int UpcomingTotal { get => _upcomingTotal ?? Upcoming.Count; init => _upcomingTotal = value; }

    /// <summary>Overdue plus today: what is due now.</summary>
    public int DueNowTotal => OverdueTotal + DueTodayTotal;

    /// <summary>Every item due now counted by note, domain and track; null when the query did not count them.</summary>
    public DueNowGroups? Groups { get; init; }

    public IEnumerable<DueEntry> DueNow => Overdue.Concat(DueToday);
}

/// <summary>A key (null: the item has none) and how many items due now have it.</summary>
public readonly record struct DueGroupCount(string? Key, int Count);

/// <summary>How many items due now each note, domain and track has (keys with none left out), in first-seen order.</summary>
public sealed class DueNowGroups
{
    private readonly (string?[] Names, int[] Counts) _notes, _domains, _tracks;

    internal DueNowGroups((string?[], int[]) notes, (string?[], int[]) domains, (string?[], int[]) tracks)
    {
        _notes = notes;
        _domains = domains;
        _tracks = tracks;
    }

    public IReadOnlyList<DueGroupCount> ByNote => List(_notes);
    public IReadOnlyList<DueGroupCount> ByDomain => List(_domains);
    public IReadOnlyList<DueGroupCount> ByTrack => List(_tracks);

    private static List<DueGroupCount> List((string?[] Names, int[] Counts) g)
    {
        var result = new List<DueGroupCount>();
        for (var i = 0; i < g.Counts.Length; i++)
            if (g.Counts[i] > 0) result.Add(new DueGroupCount(g.Names[i], g.Counts[i]));
        return result;
    }
}

/// <summary>Computes a <see cref="DueReport"/> from the index and the schedule. Pure.</summary>
public static class DueItemsQuery
{
    /// <param name="newLimit">At most this many new items listed (null: all).</param>
    /// <param name="visible">Which tracks are shown (the active track group); null shows all.</param>
    /// <param name="limit">At most this many overdue, today and upcoming items listed each (null: all).</param>
    public static DueReport Run(NoteIndex index, IReadOnlyDictionary<string, ReviewState> states, DateOnly today,
        int upcomingDays, int? newLimit = null, string? track = null, Func<string?, bool>? visible = null, int? limit = null)
    {
        var table = new ScheduleTable(states.Select(s => KeyValuePair.Create(s.Key, new StoredItemState(s.Key, s.Value, "", null, null, null))));
        var slots = ItemSlots.Build(index, null, table);
        return Run(slots, table, null, today, default, upcomingDays, newLimit, track, visible, limit);
    }

    /// <summary>The query over slots (see <see cref="ItemSlots"/>). With <paramref name="fsrs"/>, due days and order
    /// come from FSRS as <see cref="FsrsSchedule.Project"/> gives them, with predicted recall at <paramref name="now"/>.</summary>
    /// <param name="fsrsByTrack">Per track number, the FSRS cards of the track's group (null where FSRS does not schedule it).</param>
    internal static DueReport Run(ItemSlots slots, ScheduleTable table, FsrsSlots?[]? fsrsByTrack, DateOnly today, DateTimeOffset now,
        int upcomingDays, int? newLimit, string? track, Func<string?, bool>? visible, int? limit)
    {
        var shown = Shown(slots.Tracks, track, visible);
        var cap = Math.Max(0, limit ?? int.MaxValue);
        var overdue = new DueSelection(cap);
        var dueToday = new DueSelection(cap);
        var upcoming = new DueSelection(cap);
        var fresh = new List<int>();
        var freshCap = newLimit ?? int.MaxValue;
        var newTotal = 0;
        var (notes, domains, tracks) = (new int[slots.Notes.Count], new int[slots.Domains.Count], new int[slots.Tracks.Count]);
        int todayDay = today.DayNumber, horizon = today.AddDays(upcomingDays).DayNumber;
        var dueDays = table.DueDays;
        var eases = table.Eases;
        var slotOf = slots.Slot;
        var trackOf = slots.Track;
        var noteOf = slots.Note;
        var domainOf = slots.Domain;
        var count = slots.Items.Length;                      // the arrays may be longer
        for (var p = 0; p < count; p++)
        {
            var t = trackOf[p];
            if (!shown[t]) continue;
            var slot = slotOf[p];
            var fsrs = fsrsByTrack?[t];
            var due = dueDays[slot];
            if (due == ScheduleTable.NoDue)
            {
                newTotal++;
                if (fresh.Count < freshCap) fresh.Add(p);
                continue;
            }
            if (fsrs is not null) due = fsrs.DueDay(slot, due);
            if (due <= todayDay)
            {
                var recall = fsrs is null ? 0 : fsrs.Recall(slot, now) ?? 1;
                if (due < todayDay) overdue.Add(new DueCandidate(recall, due, eases[slot], p));
                else dueToday.Add(new DueCandidate(recall, due, 0, p));
                notes[noteOf[p]]++;
                domains[domainOf[p]]++;
                tracks[t]++;
            }
            else if (due <= horizon) upcoming.Add(new DueCandidate(0, due, 0, p));
        }

        List<DueEntry> Entries(DueSelection selection)
        {
            var sorted = selection.Sorted();
            var list = new List<DueEntry>(sorted.Length);
            foreach (var c in sorted) list.Add(Entry(slots, table, fsrsByTrack?[slots.Track[c.Position]], c.Position, today, now));
            return list;
        }
        return new DueReport(today, Entries(overdue), Entries(dueToday), Entries(upcoming),
            [.. fresh.Select(p => new DueEntry(slots.Items[p], ReviewState.New, 0))], newTotal)
        {
            OverdueTotal = overdue.Total,
            DueTodayTotal = dueToday.Total,
            UpcomingTotal = upcoming.Total,
            Groups = new DueNowGroups((slots.Notes.Names, notes), (slots.Domains.Names, domains), (slots.Tracks.Names, tracks)),
        };
    }

    /// <summary>Whether each track number is shown: the query's track, then the track group's filter, once per track.</summary>
    private static bool[] Shown(KeyTable tracks, string? track, Func<string?, bool>? visible)
    {
        var names = tracks.Names;
        var shown = new bool[tracks.Count];
        for (var t = 0; t < shown.Length; t++)
            shown[t] = (track is null || string.Equals(names[t], track, StringComparison.OrdinalIgnoreCase)) && (visible is null || visible(names[t]));
        return shown;
    }

    private static DueEntry Entry(ItemSlots slots, ScheduleTable table, FsrsSlots? fsrs, int position, DateOnly today, DateTimeOffset now)
    {
        var slot = slots.Slot[position];
        var state = table.StateAt(slot)!;
        double? recall = null;
        Scheduling.Fsrs.FsrsMemoryState? memory = null;
        if (fsrs is not null)
        {
            state = fsrs.Project(slot, state, today);
            recall = fsrs.Recall(slot, now);
            memory = fsrs.Memory(slot);
        }
        return new DueEntry(slots.Items[position], state, state.DaysOverdue(today), recall, memory);
    }
}
