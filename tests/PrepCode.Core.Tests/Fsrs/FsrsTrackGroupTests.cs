using PrepCode.Core.Curricula;
using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Core.Tests.Fsrs;

/// <summary>The scheduler and the fitted FSRS weights per track group (ML / SWE).</summary>
public sealed class FsrsTrackGroupTests : IDisposable
{
    private static readonly StudyCalendar Utc = new(TimeZoneInfo.Utc, 4);
    private static readonly FsrsSchedulerOptions NoFuzz = new() { EnableFuzz = false };
    private readonly string _dir = Directory.CreateTempSubdirectory("prepcode-groups-").FullName;
    private readonly InMemoryNoteFileSystem _files = new();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly Groups _groups = new();
    private readonly StudyStore _store;
    private readonly StudyService _study;

    public FsrsTrackGroupTests()
    {
        _files.Write("ml.md", "---\ntrack: ml-algorithms\n---\n# ML\n\nWhat is Adam?:: Momentum plus RMSprop\n\nWhat is dropout?:: Random zeroing of units\n");
        _files.Write("swe.md", "---\ntrack: swe\n---\n# SWE\n\nWhat is a heap?:: A tree with the heap property\n\nWhat is a trie?:: A prefix tree\n");
        _files.Write("misc.md", "# Misc\n\nWhat is a bloom filter?:: A probabilistic set\n");
        var workspace = new NoteWorkspace(_files);
        workspace.IndexAll();
        _store = StudyStore.Open(Path.Combine(_dir, "prepcode.db"));
        _study = new StudyService(workspace, _store, _clock, StudySettings.Default with { Calendar = Utc }) { Groups = _groups };
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>ml-algorithms is ML, swe is SWE; notes without a track follow the active group.</summary>
    private sealed class Groups : ITrackGroups
    {
        public TrackGroup Active { get; set; } = TrackGroup.ML;

        public TrackGroup? GroupOfTrack(string track) => track switch { "ml-algorithms" => TrackGroup.ML, "swe" => TrackGroup.SWE, _ => null };
    }

    private List<string> CardsOf(string path) => [.. _study.Index.Items.Where(i => i.NotePath == path && i.Kind == StudyItemKind.Card).Select(i => i.Id)];

    private void Use(IScheduler all, Dictionary<TrackGroup, IScheduler>? byGroup = null) =>
        _study.Settings = _study.Settings with { Scheduler = all, GroupSchedulers = byGroup };

    private void Grade(string id, int q) => _study.Grade(id, q, null, null);

    private void Later(double days) => _clock.Now = _clock.Now.AddDays(days);

    /// <summary>The SM-2 state a replay of the item's log gives.</summary>
    private ReviewState Sm2Replay(string id)
    {
        var sm2 = new Sm2Scheduler();
        return _study.History(id).Aggregate(ReviewState.New, (s, e) => sm2.Grade(s, e.Quality, e.StudyDay));
    }

    private FsrsCardState FsrsReplay(string id, FsrsParameters weights) =>
        Core.Scheduling.Fsrs.FsrsReplay.Replay(new FsrsScheduler(weights, NoFuzz), _study.History(id).Select(FsrsSchedule.ToReview));

    [Fact]
    public void Switching_the_ML_group_to_fsrs_and_back_never_touches_SWE_items_and_restores_the_SM2_schedule()
    {
        var ml = CardsOf("ml.md")[0];
        var swe = CardsOf("swe.md")[0];
        Grade(ml, 4); Grade(swe, 4);
        Later(1); Grade(ml, 5); Grade(swe, 3);
        Later(2);
        var sweBefore = _study.ViewOf(swe);

        Use(new Sm2Scheduler(), new() { [TrackGroup.ML] = new FsrsSchedulerChoice() });

        var mlView = _study.ViewOf(ml);
        Assert.NotNull(mlView.Retrievability);                                           // ML rebuilt by replaying the log
        Assert.Equal(Utc.StudyDay(FsrsReplay(ml, FsrsParameters.Default).Due), mlView.State.DueDate);
        Assert.Equal(sweBefore, _study.ViewOf(swe));                                    // SWE: same SM-2 state, no R
        Assert.Null(_study.ViewOf(swe).Retrievability);

        Later(9);
        Grade(ml, 1); Grade(swe, 4);                                                     // each by its group's scheduler
        Assert.Equal(["sm2", "fsrs"], _study.History(ml).Skip(1).Select(e => e.Scheduler));
        Assert.Equal(["sm2", "sm2"], _study.History(swe).Skip(1).Select(e => e.Scheduler));
        var due = _study.Due();
        Assert.All(due.DueNow.Concat(due.Upcoming), e => Assert.Equal(e.Item.Id != swe, e.Retrievability is not null));
        Assert.Equal(FsrsReplay(ml, FsrsParameters.Default).Memory, _study.ViewOf(ml).Memory);

        Use(new Sm2Scheduler());                                                        // ML back to SM-2

        Assert.Equal(Sm2Replay(ml), _study.StateOf(ml));                                 // as if SM-2 had run all along
        Assert.Equal(Sm2Replay(ml), _study.ViewOf(ml).State);
        Assert.Null(_study.ViewOf(ml).Retrievability);
        Assert.Equal(Sm2Replay(swe), _study.StateOf(swe));
        Assert.Equal(3, _study.History(ml).Count);                                       // no review lost
    }

    [Fact]
    public void Items_without_a_track_follow_the_active_groups_scheduler()
    {
        var misc = CardsOf("misc.md")[0];
        Grade(misc, 4);
        Later(3); Grade(misc, 4);
        Later(5);
        var sm2 = _study.StateOf(misc);
        Use(new Sm2Scheduler(), new() { [TrackGroup.ML] = new FsrsSchedulerChoice(), [TrackGroup.SWE] = new Sm2Scheduler() });

        Assert.NotNull(_study.ViewOf(misc).Retrievability);                              // ML active: FSRS
        Assert.Equal(TrackGroup.ML, _study.GroupOfItem(misc));

        _groups.Active = TrackGroup.SWE;
        Assert.Equal(new ScheduleView(sm2, null), _study.ViewOf(misc));                   // SWE active: SM-2, state intact
        Assert.False(_study.UsesFsrs);
        Grade(misc, 4);
        Assert.Equal("sm2", _study.History(misc)[^1].Scheduler);

        _groups.Active = TrackGroup.ML;
        Assert.Equal(FsrsReplay(misc, FsrsParameters.Default).Stability, _study.ViewOf(misc).Memory?.Stability);
    }

    [Fact]
    public void Each_group_is_fitted_on_its_own_reviews_and_keeps_its_own_weights()
    {
        var ml = CardsOf("ml.md");
        var swe = CardsOf("swe.md");
        var random = new Random(11);
        for (var round = 0; round < 25; round++)
        {
            Later(random.Next(2, 9));
            foreach (var id in ml) Grade(id, random.Next(10) < 4 ? 1 : 4);              // ML: forgets far more than the defaults expect
        }
        Grade(swe[0], 4);                                                                // SWE: one first review, nothing to score

        var mlFit = _study.OptimizeFsrs(TrackGroup.ML);
        Assert.Equal("ML", mlFit.Stored.TrackGroup);
        Assert.Equal(2 * 24, mlFit.Fit.ScoredReviewCount);                               // ML cards only: all but each first review
        Assert.False(mlFit.Fit.KeptInitial);
        Assert.Null(_store.LoadFsrsParameters("SWE"));
        Assert.Equal(FsrsParameters.Default, _study.FsrsParametersOf(TrackGroup.SWE));

        var sweFit = _study.OptimizeFsrs(TrackGroup.SWE);
        Assert.Equal(0, sweFit.Fit.ScoredReviewCount);
        Assert.Equal(FsrsParameters.Default, _store.LoadFsrsParameters("SWE")!.Parameters);
        Assert.Equal(mlFit.Fit.Parameters, _store.LoadFsrsParameters("ML")!.Parameters); // the other group's weights stay

        var fsrs = new FsrsSchedulerChoice();
        Use(fsrs, null);
        Grade(swe[1], 4);
        Later(4);
        var fitted = new FsrsScheduler(mlFit.Fit.Parameters, NoFuzz);
        Assert.Equal(fitted.Retrievability(FsrsReplay(ml[0], mlFit.Fit.Parameters), _clock.Now), _study.ViewOf(ml[0]).Retrievability);
        Assert.Equal(new FsrsScheduler(FsrsParameters.Default, NoFuzz).Retrievability(FsrsReplay(swe[1], FsrsParameters.Default), _clock.Now),
            _study.ViewOf(swe[1]).Retrievability);
    }

    [Fact]
    public void Optimizing_without_a_group_fits_the_active_one_with_items_that_have_no_track()
    {
        var misc = CardsOf("misc.md")[0];
        var swe = CardsOf("swe.md")[0];
        foreach (var days in new[] { 0, 3, 4, 6 })
        {
            Later(days);
            Grade(misc, 4);
            Grade(swe, 4);
        }
        _groups.Active = TrackGroup.SWE;

        var result = _study.OptimizeFsrs();

        Assert.Equal("SWE", result.Stored.TrackGroup);
        Assert.Equal(2 * 3, result.Fit.ScoredReviewCount);                                // the SWE card and the card without a track
        Assert.Equal(3, _study.OptimizeFsrs(TrackGroup.ML).Fit.ScoredReviewCount);         // ML shows only the card without a track
    }
}
