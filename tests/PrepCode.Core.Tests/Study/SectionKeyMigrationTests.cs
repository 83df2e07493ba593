using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Core.Tests.Study;

/// <summary>A database written before topic content keys were XXH3 (<c>topic-body:</c> + FNV-1a): the first full index
/// moves its keys to the new form, and history whose heading was renamed meanwhile is found by the old fingerprint.</summary>
public sealed class SectionKeyMigrationTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly string _dir = Directory.CreateTempSubdirectory("prepcode-keys-").FullName;
    private readonly InMemoryNoteFileSystem _files = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string DbPath => Path.Combine(_dir, ".prepcode", "prepcode.db");

    private const string Before = "## Adam {#adam}\n\nAdam scales steps by a running RMS.\n\n- Why does Adam need bias correction?\n\n"
        + "## Bias and variance\n\nA model's error splits into bias and variance.\n\n- Why does variance grow with capacity?\n";

    /// <summary>A grade as an earlier version stored it: the content key of the section as it was then.</summary>
    private static GradeRecord OldGrade(string id, Topic topic) =>
        new(id, new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), Today.AddDays(-2), 4, null, null, "sm2", "review",
            ReviewState.New, new ReviewState(1, 2.5, 1, Today, Today.AddDays(-2), 0, false), "n.md", "topic:" + topic.Title.ToLowerInvariant(),
            StudyItem.LegacySectionKeyPrefix + Hashing.FingerprintHex(topic.LegacySectionFingerprint!.Value));

    private StudyService Open(StudyStore store)
    {
        var workspace = new NoteWorkspace(_files);
        workspace.IndexAll();
        return new StudyService(workspace, store, new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)), StudySettings.Default);
    }

    [Fact]
    public void Old_keys_move_to_the_new_form_once_and_a_heading_renamed_meanwhile_keeps_its_history()
    {
        var old = NoteParser.Parse("n.md", Before).Topics;
        using (var store = StudyStore.Open(DbPath))
            store.RecordGrades([OldGrade("adam", old[0]), OldGrade("n.md#bias-and-variance", old[1])]);
        // Renamed while the earlier version was not running: the old id is gone, the section text is the same.
        _files.Write("n.md", Before.Replace("## Bias and variance", "## Bias-variance trade-off", StringComparison.Ordinal));

        using (var store = StudyStore.Open(DbPath))
        {
            Assert.True(store.SectionKeyMigrationPending);
            var study = Open(store);
            Assert.Equal(1, study.MigrateSectionKeys());
            Assert.False(store.SectionKeyMigrationPending);
            Assert.Equal(Today, study.StateOf("n.md#bias-variance-trade-off").DueDate);
            Assert.Equal(ReviewState.New, study.StateOf("n.md#bias-and-variance"));
            Assert.Equal(0, study.MigrateSectionKeys());
        }

        using (var store = StudyStore.Open(DbPath))
        {
            var states = store.LoadStates();
            var index = Open(store).Index;
            Assert.Equal(index.Find("adam")!.ContentKey, states["adam"].ContentKey);
            Assert.Equal(index.Find("n.md#bias-variance-trade-off")!.ContentKey, states["n.md#bias-variance-trade-off"].ContentKey);
            Assert.All(states.Values, s => Assert.StartsWith(StudyItem.SectionKeyPrefix, s.ContentKey));
            Assert.False(store.SectionKeyMigrationPending);
        }

        // A heading renamed after the move is found by the new key.
        _files.Write("n.md", Before.Replace("## Bias and variance", "## Error decomposition", StringComparison.Ordinal));
        using (var store = StudyStore.Open(DbPath))
        {
            var study = Open(store);
            Assert.Equal(0, study.MigrateSectionKeys());
            Assert.Equal(1, study.ReattachMovedItems());
            Assert.Equal(Today, study.StateOf("n.md#error-decomposition").DueDate);
        }
    }

    [Fact]
    public void Without_the_migration_a_renamed_heading_whose_key_is_old_loses_its_match()
    {
        // The same rename, the migration skipped: what the migration is for.
        var old = NoteParser.Parse("n.md", Before).Topics;
        using var store = StudyStore.Open(DbPath);
        store.RecordGrades([OldGrade("n.md#bias-and-variance", old[1])]);
        _files.Write("n.md", Before.Replace("## Bias and variance", "## Bias-variance trade-off", StringComparison.Ordinal));
        var study = Open(store);
        Assert.Equal(0, study.ReattachMovedItems());
        Assert.Equal(ReviewState.New, study.StateOf("n.md#bias-variance-trade-off"));
    }

    [Fact]
    public void A_schedule_whose_old_key_matches_two_topics_stays_detached()
    {
        const string twice = "## One\n\nSame words.\n\n- Why one?\n\n## Two\n\nSame words.\n\n- Why one?\n";
        var old = NoteParser.Parse("n.md", "## Gone\n\nSame words.\n\n- Why one?\n").Topics;
        using var store = StudyStore.Open(DbPath);
        store.RecordGrades([OldGrade("n.md#gone", old[0])]);
        _files.Write("n.md", twice);
        var study = Open(store);
        Assert.Equal(0, study.MigrateSectionKeys());
        Assert.Equal(Today, study.StateOf("n.md#gone").DueDate);
        Assert.Equal(ReviewState.New, study.StateOf("n.md#one"));
    }
}
