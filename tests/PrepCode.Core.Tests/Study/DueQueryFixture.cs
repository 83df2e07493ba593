using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Core.Tests.Study;

/// <summary>
/// Forty notes in memory (tracks ml / swe / none / ML, three domains), most items scheduled in a real store with due
/// dates around 2026-11-22 and many equal due dates and ease factors (so ties matter), one review logged per item.
/// </summary>
internal sealed class DueQueryFixture : IDisposable
{
    private static readonly string?[] Tracks = ["ml", "swe", null, "ML"];
    private static readonly string?[] Domains = ["Deep Learning", "Systems", null];
    private readonly string _dir = Directory.CreateTempSubdirectory("prepcode-due-").FullName;

    public DueQueryFixture(int notes = 40, int seed = 11)
    {
        for (var i = 0; i < notes; i++) Files.Write(PathOf(i), Note(i));
        Workspace = new NoteWorkspace(Files);
        Workspace.IndexAll();
        Store = StudyStore.Open(Path.Combine(_dir, ".prepcode", "prepcode.db"));
        var rng = new Random(seed);
        var grades = new List<GradeRecord>();
        foreach (var item in Workspace.Snapshot.Items)
        {
            if (rng.Next(8) == 0) continue;                                        // never graded: new
            var reviewed = Today.AddDays(-rng.Next(1, 20));
            var after = new ReviewState(2, rng.Next(3) == 0 ? 1.3 : 2.5, 6, Today.AddDays(rng.Next(-4, 10)), reviewed, 0, false);
            grades.Add(new GradeRecord(item.Id, new DateTimeOffset(reviewed.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), reviewed,
                rng.Next(2, 6), null, null, "sm2", "review", ReviewState.New, after, item.NotePath, item.TitleKey, item.ContentKey));
        }
        Store.RecordGrades(grades);
        Service = new StudyService(Workspace, Store, Clock, StudySettings.Default with { Calendar = new StudyCalendar(TimeZoneInfo.Utc, 4) });
    }

    public static DateOnly Today { get; } = new(2026, 11, 22);
    public InMemoryNoteFileSystem Files { get; } = new();
    public NoteWorkspace Workspace { get; }
    public StudyStore Store { get; }
    public StudyService Service { get; }
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public static string PathOf(int i) => $"notes/n{i:D2}.md";

    public static string Note(int i, string extra = "")
    {
        var track = Tracks[i % Tracks.Length] is { } t ? $"track: {t}\n" : "";
        var domain = Domains[i % Domains.Length] is { } d ? $"domain: {d}\n" : "";
        return $"""
            ---
            {domain}{track}---
            # Note {i}

            ## Topic {i} a {"{"}#t{i}a{"}"}

            Question {i} a one?::Answer one

            Question {i} a two?::Answer two
            {extra}
            ## Topic {i} b {"{"}#t{i}b{"}"}

            Question {i} b one?::Answer three

            """;
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
