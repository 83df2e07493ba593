using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Study;

public sealed record GradeResult(StudyItem Item, int Quality, ReviewState Before, ReviewState After, long ReviewId);

public sealed record ItemStats(int Total, int New, int Learning, int Review, int DueNow, IReadOnlyList<(DateOnly Day, int Count)> ReviewsPerDay);

/// <summary>
/// The study operations shared by the server and the terminal front-end: due items, grading, undo, statistics.
/// Holds the schedule in memory (loaded once) and writes through to the store, one transaction per action.
/// </summary>
public sealed partial class StudyService
{
    private readonly NoteWorkspace _workspace;
    private readonly StudyStore _store;
    private readonly IClock _clock;
    private readonly Lock _gate = new();
    private readonly ScheduleTable _states;
    private ItemSlots? _slots, _spareSlots;

    public StudyService(NoteWorkspace workspace, StudyStore store, IClock clock, StudySettings settings)
    {
        _workspace = workspace;
        _store = store;
        _clock = clock;
        Settings = settings;
        _states = new ScheduleTable(store.LoadStates());
    }

    public StudySettings Settings { get; set; }

    public DateOnly Today => Settings.Calendar.StudyDay(_clock.Now);

    public NoteIndex Index => _workspace.Snapshot;

    public IReadOnlyDictionary<string, ReviewState> States
    {
        get { lock (_gate) return _states.ToDictionary(kv => kv.Key, kv => kv.Value.State, StringComparer.Ordinal); }
    }

    public ReviewState StateOf(string id)
    {
        lock (_gate) return _states.TryGetValue(id, out var s) ? s.State : ReviewState.New;
    }

    /// <param name="newLimit">At most this many new items listed (null: all); <see cref="DueReport.NewTotal"/> counts all.</param>
    /// <param name="limit">At most this many overdue, today and upcoming items listed each (null: all); the totals count all.</param>
    public DueReport Due(int? upcomingDays = null, int? newLimit = null, string? track = null, int? limit = null)
    {
        var index = Index;
        var settings = Settings;
        var now = _clock.Now;
        lock (_gate)
        {
            var slots = SlotsOf(index);
            var fsrs = settings.AnyFsrs ? FsrsSlotsByTrack(slots, settings.Calendar) : null;
            return DueItemsQuery.Run(slots, _states, fsrs, settings.Calendar.StudyDay(now), now,
                upcomingDays ?? settings.UpcomingDays, newLimit, track, TrackFilter, limit);
        }
    }

    /// <summary>The slots of a snapshot's items, built once per snapshot from the last one into the arrays of the one
    /// before (called under the lock).</summary>
    private ItemSlots SlotsOf(NoteIndex index)
    {
        if (_slots is { } last && ReferenceEquals(last.Index, index)) return last;
        var built = ItemSlots.Build(index, _slots, _states, _spareSlots);
        (_spareSlots, _slots) = (_slots, built);
        return built;
    }

    public StudyItem Find(string id) => Index.Find(id) ?? throw new UnknownItemException(id);

    /// <summary>Grades an item with a quality 0-5 or a percent (mapped by the settings' table). One transaction.</summary>
    public GradeResult Grade(string id, int? quality, double? percent, int? durationMs, string source = "review")
    {
        if (quality is null == percent is null) throw new InvalidStudyArgumentException("Give either a grade from 0 to 5 or a percent score, not both and not neither.");
        if (quality is < 0 or > 5) throw new InvalidStudyArgumentException($"A grade is a whole number from 0 to 5; got {quality}.");
        if (percent is { } p && (double.IsNaN(p) || p < 0 || p > 100)) throw new InvalidStudyArgumentException($"A score is a percent from 0 to 100; got {p}.");
        var item = Find(id);
        var q = quality ?? Settings.PercentTable.ToQuality(percent!.Value);
        var now = _clock.Now;
        var day = Settings.Calendar.StudyDay(now);
        lock (_gate)
        {
            var before = _states.TryGetValue(id, out var s) ? s.State : ReviewState.New;
            var scheduler = SchedulerOf(item);
            var after = scheduler.Grade(before, q, day);
            var reviewId = _store.RecordGrade(new GradeRecord(id, now, day, q, percent, durationMs, scheduler.Name, source,
                before, after, item.NotePath, item.TitleKey, item.ContentKey));
            _states[id] = new StoredItemState(id, after, scheduler.Name, item.NotePath, item.TitleKey, item.ContentKey);
            FsrsGraded(id, q, now);
            return new GradeResult(item, q, before, after, reviewId);
        }
    }

    /// <summary>Undoes the most recent grade. Null when there is none.</summary>
    public ReviewLogEntry? UndoLastGrade()
    {
        lock (_gate)
        {
            var undone = _store.UndoLastGrade(_clock.Now);
            if (undone is null) return null;
            _fsrs.Clear();
            if (undone.Before.DueDate is null) _states.Remove(undone.ItemId);
            else if (_states.TryGetValue(undone.ItemId, out var s)) _states[undone.ItemId] = s with { State = undone.Before };
            else _states[undone.ItemId] = new StoredItemState(undone.ItemId, undone.Before, undone.Scheduler, null, null, null);
            return undone;
        }
    }

    public IReadOnlyList<ReviewLogEntry> History(string id) => _store.History(id);

    /// <summary>Re-attaches detached schedules to renamed or moved items. Returns how many moved.</summary>
    public int ReattachMovedItems()
    {
        lock (_gate)
        {
            var moves = HistoryReattacher.FindMoves(Index, _states);
            if (moves.Count == 0) return 0;
            ApplyMoves(moves);
            return moves.Count;
        }
    }

    /// <summary>Moves schedules to new item ids, in the store and here. Under <see cref="_gate"/>.</summary>
    private void ApplyMoves(IReadOnlyList<(string OldId, string NewId, string? NotePath)> moves)
    {
        _store.Reattach(moves);
        foreach (var (oldId, newId, path) in moves)
        {
            var s = _states[oldId];
            _states.Remove(oldId);
            _states[newId] = s with { ItemId = newId, NotePath = path };
        }
    }

    public ItemStats Stats(int days = 30)
    {
        var report = Due(0, newLimit: 0, limit: 0);
        var index = Index;
        int learning = 0, review = 0;
        lock (_gate)
        {
            var slots = SlotsOf(index);
            for (var p = 0; p < slots.Items.Length; p++)
            {
                var status = _states.StateAt(slots.Slot[p])?.Status;
                if (status == ReviewStatus.Learning) learning++;
                else if (status == ReviewStatus.Review) review++;
            }
        }
        var total = index.Items.Count;
        var today = Today;
        return new ItemStats(total, total - learning - review, learning, review, report.DueNowTotal,
            _store.ReviewsPerDay(today.AddDays(1 - days), today));
    }
}
