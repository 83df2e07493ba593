using System.Globalization;
using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;
using PrepCode.Server.Contract;

namespace PrepCode.Server.Hosting;

/// <summary>Core types to contract records.</summary>
internal static class DtoMapper
{
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ReviewStateDto State(ReviewState s) => new(
        s.Status switch { ReviewStatus.New => "new", ReviewStatus.Learning => "learning", _ => "review" },
        s.Repetitions, s.EaseFactor, s.IntervalDays,
        s.DueDate is { } due ? Date(due) : null, s.LastReviewed is { } last ? Date(last) : null, s.Lapses);

    public static DueItem Item(ServerSession session, StudyItem item, ReviewState state, int daysOverdue, double? retrievability = null,
        FsrsMemoryState? memory = null) => new(
        item.Id, item.Kind == StudyItemKind.Card ? "card" : "topic", item.Title, item.NotePath,
        new Location(session.ToUri(item.NotePath), Convert.ToRange(item.Range)),
        item.Domain, item.Track, State(state), daysOverdue, retrievability,
        retrievability is not null && memory is { } m ? new FsrsStateDto(m.Stability, m.Difficulty) : null);

    public static DueItem Item(ServerSession session, StudyItem item, ScheduleView view, DateOnly today) =>
        Item(session, item, view.State, view.State.DaysOverdue(today), view.Retrievability, view.Memory);

    public static DueItem Entry(ServerSession session, DueEntry e) => Item(session, e.Item, e.State, e.DaysOverdue, e.Retrievability, e.Memory);

    public static ReviewLogEntryDto Log(ReviewLogEntry e) => new(
        e.Id, e.ReviewedAt.ToString("O", CultureInfo.InvariantCulture), e.Quality, e.Percent, e.DurationMs,
        State(e.Before), State(e.After), e.UndoneAt is not null);

    /// <summary>Every group's total, not the length of its (capped) list.</summary>
    public static DueCounts Counts(DueReport r) => new(r.OverdueTotal, r.DueTodayTotal, r.UpcomingTotal, r.NewTotal);

    /// <summary>Items due now by note, domain and track, most first, ties by key; counted over every item, not the lists.</summary>
    public static DueGroups Groups(DueReport report)
    {
        static IReadOnlyList<GroupCount> By(IEnumerable<DueGroupCount> counts) =>
            [.. counts.GroupBy(c => c.Key ?? "(none)", StringComparer.Ordinal).Select(g => new GroupCount(g.Key, g.Sum(c => c.Count)))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)];
        static IEnumerable<DueGroupCount> Of(IEnumerable<DueEntry> entries, Func<DueEntry, string?> key) =>
            entries.Select(e => new DueGroupCount(key(e), 1));
        if (report.Groups is { } g) return new DueGroups(By(g.ByNote), By(g.ByDomain), By(g.ByTrack));
        return new DueGroups(By(Of(report.DueNow, e => e.Item.NotePath)), By(Of(report.DueNow, e => e.Item.Domain)), By(Of(report.DueNow, e => e.Item.Track)));
    }
}
