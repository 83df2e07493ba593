using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Study;

namespace PrepCode.Core.Tests.Study;

/// <summary>
/// The due query against a plain reference (every item looked up, every group sorted in full): same order, capped
/// lists that are the head of the full order, totals and group counts over every item, and schedule changes that
/// show at once.
/// </summary>
public sealed class DueQueryTests : IDisposable
{
    private readonly DueQueryFixture _f = new();

    public void Dispose() => _f.Dispose();

    private sealed record Expected(List<string> Overdue, List<string> Today, List<string> Upcoming, List<string> New,
        Dictionary<string, (ReviewState State, double? Recall)> Views);

    /// <summary>The order users rely on, computed the slow way from <see cref="StudyService.ViewOf"/> per item.</summary>
    private Expected Reference(int upcomingDays = 7, Func<StudyItem, bool>? shown = null)
    {
        var s = _f.Service;
        var today = s.Today;
        var rows = s.Index.Items.Select((item, position) => (item, position))
            .Where(r => shown?.Invoke(r.item) ?? true)
            .Select(r => (r.item.Id, r.position, Sm2: s.StateOf(r.item.Id), View: s.ViewOf(r.item.Id)))
            .ToList();
        var scheduled = rows.Where(r => r.Sm2.DueDate is not null).ToList();
        int Day(ReviewState st) => st.DueDate!.Value.DayNumber;
        return new Expected(
            [.. scheduled.Where(r => Day(r.View.State) < today.DayNumber)
                .OrderBy(r => r.View.Retrievability ?? 1).ThenBy(r => Day(r.View.State)).ThenBy(r => r.View.State.EaseFactor).ThenBy(r => r.position).Select(r => r.Id)],
            [.. scheduled.Where(r => Day(r.View.State) == today.DayNumber)
                .OrderBy(r => r.View.Retrievability ?? 1).ThenBy(r => r.position).Select(r => r.Id)],
            [.. scheduled.Where(r => Day(r.View.State) > today.DayNumber && Day(r.View.State) <= today.DayNumber + upcomingDays)
                .OrderBy(r => Day(r.View.State)).ThenBy(r => r.position).Select(r => r.Id)],
            [.. rows.Where(r => r.Sm2.DueDate is null).Select(r => r.Id)],
            rows.ToDictionary(r => r.Id, r => (r.Sm2.DueDate is null ? ReviewState.New : r.View.State, r.View.Retrievability)));
    }

    private static List<string> Ids(IEnumerable<DueEntry> entries) => [.. entries.Select(e => e.Item.Id)];

    private void AssertMatches(Expected expected, DueReport report, int? limit = null, int? newLimit = null)
    {
        List<string> Head(List<string> all, int? n) => n is { } k ? [.. all.Take(k)] : all;
        Assert.Equal(Head(expected.Overdue, limit), Ids(report.Overdue));
        Assert.Equal(Head(expected.Today, limit), Ids(report.DueToday));
        Assert.Equal(Head(expected.Upcoming, limit), Ids(report.Upcoming));
        Assert.Equal(Head(expected.New, newLimit), Ids(report.New));
        Assert.Equal(expected.Overdue.Count, report.OverdueTotal);
        Assert.Equal(expected.Today.Count, report.DueTodayTotal);
        Assert.Equal(expected.Upcoming.Count, report.UpcomingTotal);
        Assert.Equal(expected.New.Count, report.NewTotal);
        foreach (var e in report.Overdue.Concat(report.DueToday).Concat(report.Upcoming).Concat(report.New))
        {
            var (state, recall) = expected.Views[e.Item.Id];
            Assert.Equal(state, e.State);
            Assert.Equal(state.DaysOverdue(_f.Service.Today), e.DaysOverdue);
            Assert.Equal(e.State.DueDate is null ? null : recall, e.Retrievability);
        }
    }

    [Fact]
    public void The_fixture_has_every_group_and_ties_to_break()
    {
        var expected = Reference();
        Assert.True(expected.Overdue.Count > 20 && expected.Today.Count > 3 && expected.Upcoming.Count > 20 && expected.New.Count > 3);
        var due = _f.Service.Due();
        Assert.Contains(due.Overdue.Zip(due.Overdue.Skip(1)), p => p.First.DaysOverdue == p.Second.DaysOverdue && p.First.State.EaseFactor == p.Second.State.EaseFactor);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(5, 3)]
    [InlineData(17, 100)]
    public void Lists_follow_the_documented_order_capped_lists_are_its_head_and_totals_count_every_item(int? limit, int? newLimit)
    {
        AssertMatches(Reference(), _f.Service.Due(7, newLimit, limit: limit), limit, newLimit);
        AssertMatches(Reference(3), _f.Service.Due(3, newLimit, limit: limit), limit, newLimit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4)]
    public void Under_fsrs_overdue_and_today_come_by_predicted_recall_and_capped_lists_are_the_head_of_that_order(int? limit)
    {
        _f.Service.Settings = _f.Service.Settings with { Scheduler = new FsrsSchedulerChoice() };
        var report = _f.Service.Due(7, null, limit: limit);
        AssertMatches(Reference(), report, limit);
        Assert.All(report.DueNow, e => Assert.NotNull(e.Retrievability));
        Assert.Equal([.. report.Overdue.Select(e => e.Retrievability!.Value).Order()], report.Overdue.Select(e => e.Retrievability!.Value));
    }

    [Fact]
    public void The_track_filter_and_the_track_argument_apply_before_counting()
    {
        bool Group(string? track) => track is null || string.Equals(track, "ml", StringComparison.OrdinalIgnoreCase);
        _f.Service.TrackFilter = Group;
        AssertMatches(Reference(shown: i => Group(i.Track)), _f.Service.Due(7, 2, limit: 3), 3, 2);
        AssertMatches(Reference(shown: i => string.Equals(i.Track, "ml", StringComparison.OrdinalIgnoreCase)), _f.Service.Due(7, 2, "ML", limit: 3), 3, 2);
        _f.Service.TrackFilter = t => t == "swe";
        AssertMatches(Reference(shown: i => i.Track == "swe"), _f.Service.Due(7, null, limit: null));
        Assert.Equal(0, _f.Service.Due(7, null, "ml").NewTotal);                       // ml is not in the group shown
    }

    [Fact]
    public void Group_counts_cover_every_item_due_now_when_the_lists_are_capped()
    {
        var full = _f.Service.Due();
        var capped = _f.Service.Due(7, 0, limit: 1);
        Dictionary<string, int> Count(Func<DueEntry, string?> key) =>
            full.DueNow.GroupBy(e => key(e) ?? "(none)").ToDictionary(g => g.Key, g => g.Count());
        Dictionary<string, int> Of(IReadOnlyList<DueGroupCount> counts) => counts.ToDictionary(c => c.Key ?? "(none)", c => c.Count);
        Assert.Equal(Count(e => e.Item.NotePath), Of(capped.Groups!.ByNote));
        Assert.Equal(Count(e => e.Item.Domain), Of(capped.Groups.ByDomain));
        Assert.Equal(Count(e => e.Item.Track), Of(capped.Groups.ByTrack));
        Assert.Equal(2, capped.Groups.ByTrack.Count(c => string.Equals(c.Key, "ml", StringComparison.OrdinalIgnoreCase)));   // "ml" and "ML" are separate keys
        Assert.Equal(full.DueNow.Count(), _f.Service.Stats().DueNow);
    }

    [Fact]
    public void A_grade_moves_an_item_between_groups_at_once_and_undo_moves_it_back()
    {
        var before = _f.Service.Due(7, 0, limit: 2);
        var first = before.Overdue[0];
        _f.Service.Grade(first.Item.Id, 5, null, null);

        var after = _f.Service.Due(7, 0, limit: 2);
        Assert.DoesNotContain(first.Item.Id, Ids(after.Overdue));
        Assert.Equal(before.OverdueTotal - 1, after.OverdueTotal);
        Assert.Equal(before.Overdue[1].Item.Id, after.Overdue[0].Item.Id);
        AssertMatches(Reference(), after, 2, 0);
        var due = _f.Service.StateOf(first.Item.Id).DueDate!.Value;
        Assert.Contains(first.Item.Id, Ids(_f.Service.Due(due.DayNumber - _f.Service.Today.DayNumber).Upcoming));

        _f.Service.UndoLastGrade();
        var undone = _f.Service.Due(7, 0, limit: 2);
        Assert.Equal(Ids(before.Overdue), Ids(undone.Overdue));
        Assert.Equal(before.OverdueTotal, undone.OverdueTotal);
    }

    [Fact]
    public void Grading_a_new_item_and_a_batch_update_the_groups_at_once()
    {
        var fresh = _f.Service.Due(7, 1).New[0].Item.Id;
        var newTotal = _f.Service.Due().NewTotal;
        _f.Service.Grade(fresh, 2, null, null);                                        // below 3: again today
        var report = _f.Service.Due(7, 0, limit: 1000);
        Assert.Equal(newTotal - 1, report.NewTotal);
        Assert.Contains(fresh, Ids(report.DueToday));

        var overdue = Ids(report.Overdue).Take(3).ToList();
        _f.Service.GradeMany([.. overdue.Select(id => new GradeRequest(id, 5, null))], "review");
        AssertMatches(Reference(), _f.Service.Due(7, null, limit: 5), 5);
        Assert.Empty(Ids(_f.Service.Due().Overdue).Intersect(overdue));
    }

    [Fact]
    public void Under_fsrs_a_grade_moves_the_item_at_once()
    {
        _f.Service.Settings = _f.Service.Settings with { Scheduler = new FsrsSchedulerChoice() };
        var weakest = _f.Service.Due(7, 0, limit: 3).Overdue[0].Item.Id;
        _f.Service.Grade(weakest, 5, null, null);
        var report = _f.Service.Due(7, 0, limit: 3);
        Assert.DoesNotContain(weakest, Ids(report.Overdue));
        AssertMatches(Reference(), report, 3, 0);
    }

    [Fact]
    public void Edits_new_notes_and_removed_notes_keep_every_schedule_with_its_item()
    {
        var ws = _f.Workspace;
        _f.Service.Due();                                                               // slots for the first snapshot
        ws.UpdateOpenDocument(DueQueryFixture.PathOf(5), DueQueryFixture.Note(5, "\nAn added question?::Yes\n"), 1);
        AssertMatches(Reference(), _f.Service.Due(7, null, limit: 4), 4);

        _f.Files.Write("notes/a-first.md", "# First\n\n## Early {#early}\n\nEarly question?::Yes\n");
        _f.Files.Write("notes/n20b.md", "# Between\n\nBetween question?::Yes\n");
        _f.Files.Delete(DueQueryFixture.PathOf(7));
        _f.Files.Delete(DueQueryFixture.PathOf(39));
        ws.IndexAll();
        var report = _f.Service.Due(7, null, limit: 4);
        AssertMatches(Reference(), report, 4);
        Assert.Contains("early", Ids(report.New));
        Assert.DoesNotContain(report.DueNow, e => e.Item.NotePath == DueQueryFixture.PathOf(7));

        ws.UpdateOpenDocument(DueQueryFixture.PathOf(5), DueQueryFixture.Note(5), 2);   // the card comes back, with its schedule
        AssertMatches(Reference(), _f.Service.Due(7, null, limit: null));

        for (var i = 10; i < 30; i++) _f.Files.Delete(DueQueryFixture.PathOf(i));      // fewer items than the reused arrays hold
        ws.IndexAll();
        AssertMatches(Reference(), _f.Service.Due(7, null, limit: 4), 4);
        for (var i = 10; i < 30; i++) _f.Files.Write(DueQueryFixture.PathOf(i), DueQueryFixture.Note(i));
        ws.IndexAll();
        AssertMatches(Reference(), _f.Service.Due(7, null, limit: null));
        Assert.Equal(Reference().Overdue.Count + Reference().Today.Count, _f.Service.Stats().DueNow);
    }

    [Fact]
    public void A_renamed_heading_keeps_its_place_in_the_due_lists()
    {
        var overdue = _f.Service.Due().Overdue.First(e => e.Item.Kind == StudyItemKind.Topic && e.Item.Id.StartsWith('t'));
        var n = int.Parse(overdue.Item.Id[1..^1], System.Globalization.CultureInfo.InvariantCulture);
        var part = overdue.Item.Id[^1];
        var text = DueQueryFixture.Note(n).Replace($"#t{n}{part}", $"#renamed-{n}{part}", StringComparison.Ordinal);
        _f.Workspace.UpdateOpenDocument(DueQueryFixture.PathOf(n), text, 1);
        Assert.Equal(1, _f.Service.ReattachMovedItems());

        var report = _f.Service.Due(7, null, limit: null);
        var moved = Assert.Single(report.Overdue, e => e.Item.Id == $"renamed-{n}{part}");
        Assert.Equal(overdue.State, moved.State);
        AssertMatches(Reference(), report);
    }

    [Fact]
    public void The_static_query_over_a_dictionary_gives_the_same_report()
    {
        var service = _f.Service.Due(7, 3, limit: 6);
        var pure = DueItemsQuery.Run(_f.Service.Index, _f.Service.States, _f.Service.Today, 7, 3, limit: 6);
        Assert.Equal(Ids(service.Overdue), Ids(pure.Overdue));
        Assert.Equal(Ids(service.DueToday), Ids(pure.DueToday));
        Assert.Equal(Ids(service.Upcoming), Ids(pure.Upcoming));
        Assert.Equal(Ids(service.New), Ids(pure.New));
        Assert.Equal((service.OverdueTotal, service.DueTodayTotal, service.UpcomingTotal, service.NewTotal),
            (pure.OverdueTotal, pure.DueTodayTotal, pure.UpcomingTotal, pure.NewTotal));
    }
}
