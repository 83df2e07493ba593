using PrepCode.Core.Curricula;
using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Storage;
using CsvEntry = PrepCode.Core.Evaluation.ReviewLogEntry;

namespace PrepCode.Core.Study;

/// <summary>An item's schedule as shown: the SM-2 state, or under FSRS its projection with the predicted recall now
/// and the FSRS memory state (stability, difficulty); both null under SM-2 and for new items.</summary>
public sealed record ScheduleView(ReviewState State, double? Retrievability, FsrsMemoryState? Memory = null);

/// <summary>The outcome of fitting FSRS to one track group's reviews, as stored.</summary>
public sealed record FsrsOptimizeResult(StoredFsrsParameters Stored, FsrsFitResult Fit);

public sealed partial class StudyService
{
    /// <summary>The FSRS schedule of each group scheduled by FSRS, replayed from the whole log with that group's weights
    /// (built on first use after a switch, a fit or an undo). Guarded by <c>_gate</c>.</summary>
    private readonly Dictionary<TrackGroup, FsrsSchedule> _fsrs = [];

    /// <summary>True when the active group's items are scheduled by FSRS.</summary>
    public bool UsesFsrs => Settings.SchedulerOf(Groups.Active) is FsrsSchedulerChoice;

    /// <summary>The FSRS weights of a group: those fitted to its reviews, else the defaults.</summary>
    public FsrsParameters FsrsParametersOf(TrackGroup group) =>
        _store.LoadFsrsParameters(group.ToString())?.Parameters ?? Scheduling.Fsrs.FsrsParameters.Default;

    /// <summary>The FSRS schedule of a group; null when the group is not scheduled by FSRS. Called under the lock.</summary>
    private FsrsSchedule? Fsrs(TrackGroup group)
    {
        if (Settings.SchedulerOf(group) is not FsrsSchedulerChoice choice)
        {
            _fsrs.Remove(group);
            return null;
        }
        if (!_fsrs.TryGetValue(group, out var schedule) || !ReferenceEquals(schedule.Scheduler.Options, choice.Options))
            _fsrs[group] = schedule = FsrsSchedule.Replay(FsrsParametersOf(group), choice.Options, _store.AllReviews());
        return schedule;
    }

    /// <summary>The item's card in its group's FSRS replay; null when the group is not scheduled by FSRS or the item
    /// has no card there. Called under the lock.</summary>
    private (FsrsSchedule Schedule, FsrsCardState Card)? FsrsCardOf(string id) =>
        Fsrs(GroupOfItem(id)) is { } fsrs && fsrs.CardOf(id) is { } card ? (fsrs, card) : null;

    public ScheduleView ViewOf(string id)
    {
        lock (_gate)
        {
            var sm2 = _states.TryGetValue(id, out var s) ? s.State : ReviewState.New;
            if (FsrsCardOf(id) is not var (fsrs, card)) return new ScheduleView(sm2, null);
            return new ScheduleView(FsrsSchedule.Project(sm2, card, Settings.Calendar, Today), fsrs.Scheduler.Retrievability(card, _clock.Now), card.Memory);
        }
    }

    /// <summary>Every scheduled item's state as its group's scheduler has it: under FSRS the SM-2 state with the FSRS due
    /// date and interval (<see cref="FsrsSchedule.Project"/>), else the stored state. For figures over all items, such
    /// as the History forecast.</summary>
    public IReadOnlyDictionary<string, ReviewState> ScheduledStates()
    {
        lock (_gate)
        {
            var today = Today;
            var result = new Dictionary<string, ReviewState>(_states.Count, StringComparer.Ordinal);
            foreach (var (id, stored) in _states)
            {
                result[id] = FsrsCardOf(id) is var (_, card) ? FsrsSchedule.Project(stored.State, card, Settings.Calendar, today) : stored.State;
            }
            return result;
        }
    }

    /// <summary>The FSRS cards by slot of each group's replay, rebuilt when the replay or the calendar changes. Guarded by <c>_gate</c>.</summary>
    private readonly Dictionary<TrackGroup, FsrsSlots> _fsrsSlots = [];

    /// <summary>For the due query: each track number's FSRS cards by slot (its group's), null where SM-2 or fixed
    /// schedules the track; null when no group uses FSRS. Called under the lock.</summary>
    private FsrsSlots?[]? FsrsSlotsByTrack(ItemSlots slots, StudyCalendar calendar)
    {
        var names = slots.Tracks.Names;
        var byTrack = new FsrsSlots?[slots.Tracks.Count];
        var any = false;
        for (var t = 0; t < byTrack.Length; t++)
            any |= (byTrack[t] = FsrsSlotsOf(GroupOf(names[t]), calendar)) is not null;
        return any ? byTrack : null;
    }

    private FsrsSlots? FsrsSlotsOf(TrackGroup group, StudyCalendar calendar)
    {
        if (Fsrs(group) is not { } fsrs)
        {
            _fsrsSlots.Remove(group);
            return null;
        }
        if (!_fsrsSlots.TryGetValue(group, out var slots) || !ReferenceEquals(slots.Schedule, fsrs) || slots.Calendar != calendar)
            _fsrsSlots[group] = slots = FsrsSlots.Build(fsrs, calendar, _states);
        return slots;
    }

    /// <summary>Advances every replayed FSRS schedule and its slots after a grade (called under the lock): each replays the whole log.</summary>
    private void FsrsGraded(string id, int quality, DateTimeOffset time)
    {
        foreach (var (group, schedule) in _fsrs)
        {
            schedule.Apply(id, quality, time);
            if (_fsrsSlots.TryGetValue(group, out var slots) && ReferenceEquals(slots.Schedule, schedule)) slots.Set(_states.Slot(id), schedule.CardOf(id));
        }
    }

    /// <summary>The log as FSRS histories, one per item, ratings mapped from quality.</summary>
    public IReadOnlyList<CardHistory> ReviewHistories() => CardHistory.FromLog(ExportReviewLog());

    /// <summary>The log as CSV rows for other FSRS tools: item id, rating (from quality), time, duration (0 when unknown).</summary>
    public IReadOnlyList<CsvEntry> ExportReviewLog() =>
        [.. _store.AllReviews().Select(e => new CsvEntry(e.ItemId, FsrsRatingMap.FromQuality(e.Quality), e.ReviewedAt.ToUniversalTime(), e.DurationMs ?? 0))];

    /// <summary>
    /// Fits the 21 FSRS-6 weights (starting from the defaults) to the reviews of the items <paramref name="group"/> shows
    /// (its tracks' items and items without a curriculum track; default: the active group), stores them for that group
    /// and makes its FSRS schedule use them. The other group's weights are untouched. Cancellable; nothing is stored when cancelled.
    /// </summary>
    public FsrsOptimizeResult OptimizeFsrs(TrackGroup? group = null, IProgress<(int Epoch, int Total, double Loss)>? progress = null, CancellationToken cancellationToken = default)
    {
        var target = group ?? Groups.Active;
        var index = Index;
        var histories = ReviewHistories().Where(h => IsInGroup(index.Find(h.CardId)?.Track, target)).Select(h => h.Reviews);
        var fit = new FsrsOptimizer().Fit(histories, Scheduling.Fsrs.FsrsParameters.Default, progress, cancellationToken);
        var stored = new StoredFsrsParameters(target.ToString(), fit.Parameters, fit.LogLossBefore, fit.LogLossAfter, fit.ScoredReviewCount, _clock.Now);
        _store.SaveFsrsParameters(stored);
        lock (_gate) _fsrs.Remove(target);
        return new FsrsOptimizeResult(stored, fit);
    }
}
