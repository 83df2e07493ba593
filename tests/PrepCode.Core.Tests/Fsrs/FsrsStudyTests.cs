using PrepCode.Core.Curricula;
using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;
using PrepCode.Core.Tests.Checks;

namespace PrepCode.Core.Tests.Fsrs;

/// <summary>FSRS-6 as the workspace's scheduler: switching, predicted recall, fitted weights, export.</summary>
public sealed class FsrsStudyTests : IDisposable
{
    private readonly StudyFixture _f = new();

    public void Dispose() => _f.Dispose();

    private void Use(IScheduler scheduler) => _f.Service.Settings = _f.Service.Settings with { Scheduler = scheduler };

    private void Grade(string id, int q, double daysLater)
    {
        _f.Clock.Now = _f.Clock.Now.AddDays(daysLater);
        _f.Service.Grade(id, q, null, null);
    }

    [Fact]
    public void Switching_from_sm2_to_fsrs_and_back_keeps_every_review_and_the_sm2_schedule()
    {
        var card = _f.CardId;
        Grade(card, 4, 0);
        Grade(card, 5, 1);
        var sm2Before = _f.Service.StateOf(card);

        Use(new FsrsSchedulerChoice());
        var fsrsView = _f.Service.ViewOf(card);
        var replayed = FsrsReplay.Replay(new FsrsScheduler(FsrsParameters.Default, new FsrsSchedulerOptions { EnableFuzz = false }),
            [new FsrsReview(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero), FsrsRating.Good), new FsrsReview(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), FsrsRating.Easy)]);
        Assert.Equal(_f.Service.Settings.Calendar.StudyDay(replayed.Due), fsrsView.State.DueDate);   // FSRS state rebuilt from the log
        Assert.NotEqual(sm2Before.DueDate, fsrsView.State.DueDate);
        Assert.NotNull(fsrsView.Retrievability);

        Grade(card, 3, 10);                                                                        // graded under FSRS

        Use(new Sm2Scheduler());
        var sm2 = new Sm2Scheduler();
        var expected = sm2.Grade(sm2.Grade(sm2.Grade(ReviewState.New, 4, new DateOnly(2026, 11, 22)), 5, new DateOnly(2026, 11, 23)), 3, new DateOnly(2026, 12, 3));
        Assert.Equal(expected, _f.Service.StateOf(card));                                          // SM-2 as if it had run all along
        Assert.Null(_f.Service.ViewOf(card).Retrievability);
        Assert.Equal(["sm2", "sm2", "fsrs"], _f.Store.AllReviews().Select(r => r.Scheduler));
        Assert.Equal([4, 5, 3], _f.Service.History(card).Select(r => r.Quality));

        Use(new FsrsSchedulerChoice());
        Assert.Equal(3, _f.Service.ExportReviewLog().Count);
        Assert.NotNull(_f.Service.ViewOf(card).Retrievability);
    }

    [Fact]
    public void The_history_forecast_counts_each_review_on_the_day_its_groups_scheduler_has_it()
    {
        var card = _f.CardId;
        Grade(card, 4, 0);
        Grade(card, 5, 1);
        Grade(card, 5, 6);                                                   // SM-2: interval 6 -> 16 days
        var sm2Due = _f.Service.StateOf(card).DueDate!.Value;

        Use(new FsrsSchedulerChoice());
        var fsrsDue = _f.Service.ViewOf(card).State.DueDate!.Value;
        Assert.NotEqual(sm2Due, fsrsDue);
        var today = _f.Service.Today;
        var report = HistoryReport.Build(_f.Store.AllReviews(), _f.Service.ScheduledStates(), today, 7, 365);
        Assert.Equal(fsrsDue, Assert.Single(report.Forecast, d => d.Count > 0).Day);

        Use(new Sm2Scheduler());
        report = HistoryReport.Build(_f.Store.AllReviews(), _f.Service.ScheduledStates(), today, 7, 365);
        Assert.Equal(sm2Due, Assert.Single(report.Forecast, d => d.Count > 0).Day);
    }

    [Fact]
    public void Under_fsrs_due_items_carry_predicted_recall_and_the_least_likely_recalled_come_first()
    {
        var ids = _f.Service.Index.Items.Select(i => i.Id).Take(3).ToList();
        Grade(ids[0], 5, 0);
        Grade(ids[1], 2, 0);
        Grade(ids[2], 4, 0);
        Use(new FsrsSchedulerChoice());
        _f.Clock.Now = _f.Clock.Now.AddDays(40);

        var due = _f.Service.Due();
        var overdue = due.Overdue.Concat(due.DueToday).ToList();
        Assert.Equal(3, overdue.Count);
        Assert.All(overdue, e => Assert.InRange(e.Retrievability!.Value, 0, 1));
        Assert.Equal([.. overdue.Select(e => e.Retrievability!.Value).Order()], overdue.Select(e => e.Retrievability!.Value));
        Assert.Equal(ids[1], overdue[0].Item.Id);                                                   // the failed one is the weakest
        Assert.All(due.New, e => Assert.Null(e.Retrievability));

        Use(new Sm2Scheduler());
        Assert.All(_f.Service.Due().DueNow, e => Assert.Null(e.Retrievability));
    }

    [Fact]
    public void Optimizing_stores_the_fitted_weights_and_the_fsrs_schedule_uses_them()
    {
        var ids = _f.Service.Index.Items.Select(i => i.Id).ToList();
        var random = new Random(7);
        for (var round = 0; round < 25; round++)
            foreach (var id in ids)
                Grade(id, random.Next(10) < 3 ? 1 : 4, random.Next(2, 9) / (double)ids.Count);    // forgets far more than the defaults expect

        var result = _f.Service.OptimizeFsrs();

        Assert.False(result.Fit.KeptInitial);
        Assert.True(result.Fit.LogLossAfter < result.Fit.LogLossBefore);
        var stored = _f.Store.LoadFsrsParameters("ML")!;                  // no curricula known: everything is the active group, ML
        Assert.Equal(result.Fit.Parameters, stored.Parameters);
        Assert.Equal(stored.Parameters, _f.Service.FsrsParametersOf(TrackGroup.ML));

        Use(new FsrsSchedulerChoice());
        var fitted = new FsrsScheduler(stored.Parameters, new FsrsSchedulerOptions { EnableFuzz = false });
        var card = FsrsReplay.Replay(fitted, _f.Service.History(ids[0]).Select(FsrsSchedule.ToReview));
        Assert.Equal(fitted.Retrievability(card, _f.Clock.Now), _f.Service.ViewOf(ids[0]).Retrievability);
        var defaults = FsrsReplay.Replay(new FsrsScheduler(FsrsParameters.Default, new FsrsSchedulerOptions { EnableFuzz = false }), _f.Service.History(ids[0]).Select(FsrsSchedule.ToReview));
        Assert.NotEqual(new FsrsScheduler().Retrievability(defaults, _f.Clock.Now), _f.Service.ViewOf(ids[0]).Retrievability);
    }

    [Fact]
    public void Under_fsrs_a_learning_step_is_again_today_on_its_day_and_overdue_after_it()
    {
        Use(new FsrsSchedulerChoice());
        Grade(_f.CardId, 4, 0);                                            // Good on a new card: the 10-minute step
        var sameDay = _f.Service.ViewOf(_f.CardId).State;
        Assert.True(sameDay.RepeatToday);
        Assert.Equal(StudyFixture.Today, sameDay.DueDate);

        _f.Clock.Now = _f.Clock.Now.AddDays(3);
        var later = _f.Service.ViewOf(_f.CardId).State;
        Assert.False(later.RepeatToday);
        Assert.Equal(3, _f.Service.Due().Overdue.Single().DaysOverdue);
    }

    [Fact]
    public void The_exported_review_log_reads_back_unchanged_through_the_csv_reader()
    {
        var ids = _f.Service.Index.Items.Select(i => i.Id).ToList();
        Grade(ids[0], 5, 0);
        _f.Service.Grade(ids[1], null, 72, 4200);
        Grade(ids[0], 0, 3);

        var rows = _f.Service.ExportReviewLog();
        var read = ReviewLogCsv.Parse(ReviewLogCsv.Format(rows));

        Assert.Empty(read.Errors);
        Assert.Equal(rows, read.Entries);
        Assert.Equal([FsrsRating.Easy, FsrsRating.Hard, FsrsRating.Again], read.Entries.Select(e => e.Rating));   // q 5, 72 % → q 3, q 0
        Assert.Equal(4200, read.Entries[1].DurationMilliseconds);
    }
}
