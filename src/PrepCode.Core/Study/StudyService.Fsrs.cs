using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Storage;
using CsvEntry = PrepCode.Core.Evaluation.ReviewLogEntry;

namespace PrepCode.Core.Study;

/// <summary>An item's schedule as shown: the SM-2 state, or under FSRS its projection, and the predicted recall now.</summary>
public sealed record ScheduleView(ReviewState State, double? Retrievability);

/// <summary>The outcome of fitting FSRS to the workspace's log, as stored.</summary>
public sealed record FsrsOptimizeResult(StoredFsrsParameters Stored, FsrsFitResult Fit);

public sealed partial class StudyService
{
    private FsrsSchedule? _fsrs;

    public bool UsesFsrs => Settings.Scheduler is FsrsSchedulerChoice;

    /// <summary>The FSRS weights in use: those fitted to this workspace, else the defaults.</summary>
    public FsrsParameters FsrsParameters => _store.LoadFsrsParameters(FsrsSchedule.WorkspaceGroup)?.Parameters ?? Scheduling.Fsrs.FsrsParameters.Default;

    /// <summary>The FSRS schedule replayed from the log (built on first use after a switch, a fit or an undo). Null under SM-2.</summary>
    private FsrsSchedule? Fsrs()
    {
        if (Settings.Scheduler is not FsrsSchedulerChoice choice) return _fsrs = null;
        if (_fsrs is null || !ReferenceEquals(_fsrs.Scheduler.Options, choice.Options))
            _fsrs = FsrsSchedule.Replay(FsrsParameters, choice.Options, _store.AllReviews());
        return _fsrs;
    }

    public ScheduleView ViewOf(string id)
    {
        lock (_gate)
        {
            var sm2 = _states.TryGetValue(id, out var s) ? s.State : ReviewState.New;
            if (Fsrs() is not { } fsrs || fsrs.CardOf(id) is not { } card) return new ScheduleView(sm2, null);
            return new ScheduleView(FsrsSchedule.Project(sm2, card, Settings.Calendar, Today), fsrs.Scheduler.Retrievability(card, _clock.Now));
        }
    }

    private FsrsSlots? _fsrsSlots;

    /// <summary>The FSRS cards by slot for the due query, rebuilt when the replay or the calendar changes (under the lock).</summary>
    private FsrsSlots? FsrsSlotsOf(StudyCalendar calendar)
    {
        if (Fsrs() is not { } fsrs) return null;
        if (_fsrsSlots is not { } slots || !ReferenceEquals(slots.Schedule, fsrs) || slots.Calendar != calendar)
            _fsrsSlots = slots = FsrsSlots.Build(fsrs, calendar, _states);
        return slots;
    }

    /// <summary>Advances the FSRS card after a grade (called under the lock); under SM-2 the replay is dropped.</summary>
    private void FsrsGraded(string id, int quality, DateTimeOffset time)
    {
        if (Settings.Scheduler is FsrsSchedulerChoice && _fsrs is not null)
        {
            _fsrs.Apply(id, quality, time);
            if (_fsrsSlots is { } slots && ReferenceEquals(slots.Schedule, _fsrs)) slots.Set(_states.Slot(id), _fsrs.CardOf(id));
        }
        else _fsrs = null;
    }

    /// <summary>The log as FSRS histories, one per item, ratings mapped from quality.</summary>
    public IReadOnlyList<CardHistory> ReviewHistories() => CardHistory.FromLog(ExportReviewLog());

    /// <summary>The log as CSV rows for other FSRS tools: item id, rating (from quality), time, duration (0 when unknown).</summary>
    public IReadOnlyList<CsvEntry> ExportReviewLog() =>
        [.. _store.AllReviews().Select(e => new CsvEntry(e.ItemId, FsrsRatingMap.FromQuality(e.Quality), e.ReviewedAt.ToUniversalTime(), e.DurationMs ?? 0))];

    /// <summary>
    /// Fits the 21 FSRS-6 weights to the whole log (starting from the defaults), stores them for the workspace group,
    /// and makes the FSRS scheduler use them. Cancellable; nothing is stored when cancelled.
    /// </summary>
    public FsrsOptimizeResult OptimizeFsrs(IProgress<(int Epoch, int Total, double Loss)>? progress = null, CancellationToken cancellationToken = default)
    {
        var histories = ReviewHistories().Select(h => h.Reviews);
        var fit = new FsrsOptimizer().Fit(histories, Scheduling.Fsrs.FsrsParameters.Default, progress, cancellationToken);
        var stored = new StoredFsrsParameters(FsrsSchedule.WorkspaceGroup, fit.Parameters, fit.LogLossBefore, fit.LogLossAfter, fit.ScoredReviewCount, _clock.Now);
        _store.SaveFsrsParameters(stored);
        lock (_gate) _fsrs = null;
        return new FsrsOptimizeResult(stored, fit);
    }
}
