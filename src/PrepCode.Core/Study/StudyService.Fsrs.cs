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

    private DueReport FsrsDue(int? upcomingDays, int? newLimit, string? track)
    {
        Dictionary<string, ReviewState> states;
        Dictionary<string, double> recall = new(StringComparer.Ordinal);
        lock (_gate)
        {
            var fsrs = Fsrs()!;
            var now = _clock.Now;
            states = _states.ToDictionary(kv => kv.Key, kv => kv.Value.State, StringComparer.Ordinal);
            foreach (var (id, card) in fsrs.Cards)
            {
                if (!states.TryGetValue(id, out var sm2)) continue;
                states[id] = FsrsSchedule.Project(sm2, card, Settings.Calendar, Today);
                if (fsrs.Scheduler.Retrievability(card, now) is { } r) recall[id] = r;
            }
        }
        var report = DueItemsQuery.Run(Index, states, Today, upcomingDays ?? Settings.UpcomingDays, newLimit, track, TrackFilter);
        List<DueEntry> WithRecall(IEnumerable<DueEntry> entries, bool sort)
        {
            var list = entries.Select(e => recall.TryGetValue(e.Item.Id, out var r) ? e with { Retrievability = r } : e).ToList();
            if (sort) list = [.. list.OrderBy(e => e.Retrievability ?? 1)];
            return list;
        }
        return report with
        {
            Overdue = WithRecall(report.Overdue, true),
            DueToday = WithRecall(report.DueToday, true),
            Upcoming = WithRecall(report.Upcoming, false),
        };
    }

    /// <summary>Advances the FSRS card after a grade (called under the lock); under SM-2 the replay is dropped.</summary>
    private void FsrsGraded(string id, int quality, DateTimeOffset time)
    {
        if (Settings.Scheduler is FsrsSchedulerChoice && _fsrs is not null) _fsrs.Apply(id, quality, time);
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
