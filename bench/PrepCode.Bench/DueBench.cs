using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Bench;

/// <summary>
/// The due query as the sidecar runs it: <see cref="StudyService.Due"/> over the index with 100,000 items scheduled in
/// a real <see cref="StudyStore"/> (a temp file, one logged grade per item so FSRS has a history to replay).
/// </summary>
internal static class DueBench
{
    public static void Run(NoteWorkspace workspace, string editPath, string editFile)
    {
        var dbDir = Directory.CreateTempSubdirectory("prepcode-bench-due-").FullName;
        try
        {
            var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
            var calendar = new StudyCalendar(TimeZoneInfo.Utc, 4);
            var today = calendar.StudyDay(clock.Now);
            using var store = StudyStore.Open(Path.Combine(dbDir, "prepcode.db"));
            var rng = new Random(7);
            var grades = workspace.Snapshot.Items.Take(100_000).Select(item =>
            {
                var reviewed = today.AddDays(-rng.Next(1, 30));
                var after = new ReviewState(3, 1.3 + rng.Next(0, 13) / 10.0, 10, today.AddDays(rng.Next(-20, 40)), reviewed, 0, false);
                return new GradeRecord(item.Id, new DateTimeOffset(reviewed.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), reviewed,
                    rng.Next(2, 6), null, null, "sm2", "review", ReviewState.New, after, item.NotePath, item.TitleKey, item.ContentKey);
            }).ToList();
            store.RecordGrades(grades);
            var service = new StudyService(workspace, store, clock, StudySettings.Default with { Calendar = calendar });
            Console.WriteLine($"due query: {workspace.Snapshot.ItemCount} items, {service.TrackedCount} scheduled");

            // The calls the sidecar makes: prepcode/dueItems lists at most 200 of each group (and 200 new) and counts all.
            Report("due query (prepcode/dueItems)", Stats.Repeat(100, () => service.Due(7, 200, limit: 200)), target: true);
            Report("due counts (prepcode/dueChanged)", Stats.Repeat(100, () => service.Due(newLimit: 0, limit: 0)));
            Report("due query listing every item (no limit)", Stats.Repeat(30, () => service.Due(7, 200)));

            // The first query on a new snapshot: an editor change, then the counts prepcode/dueChanged sends. That query
            // also computes the snapshot's item list (NoteIndex.Items), timed alone in a second round.
            var text = File.ReadAllText(editFile);
            var version = 0;
            var (firstQuery, itemList) = (new List<double>(), new List<double>());
            for (var i = 0; i < 120; i++)
            {
                workspace.UpdateOpenDocument(editPath, text + $"\nedit {++version}\n", version);
                if (i % 2 == 1) itemList.Add(Stats.Time(() => _ = workspace.Snapshot.Items));
                var ms = Stats.Time(() => service.Due(newLimit: 0, limit: 0));
                if (i >= 20 && i % 2 == 0) firstQuery.Add(ms);
            }
            Report("due counts, first query after a one-note edit (with the item list)", Stats.Percentiles(firstQuery));
            Report("  of which the snapshot's item list (NoteIndex.Items)", Stats.Percentiles(itemList));

            service.Settings = service.Settings with { Scheduler = new FsrsSchedulerChoice() };
            service.Due(7, 200, limit: 200);                        // replays the log once
            Report("due query under FSRS (sorted by predicted recall)", Stats.Repeat(100, () => service.Due(7, 200, limit: 200)));
        }
        finally
        {
            Directory.Delete(dbDir, true);
        }
    }

    private static void Report(string what, (double P50, double P95) t, bool target = false) =>
        Console.WriteLine($"{what}: p50 {t.P50:F2} ms, p95 {t.P95:F2} ms{(target ? "   [target p95 <= 5 ms]" : "")}");
}
