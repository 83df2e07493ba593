using Microsoft.Data.Sqlite;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Tests.Storage;

public sealed class StudyStoreTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private readonly string _dir = Directory.CreateTempSubdirectory("prepcode-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string DbPath => Path.Combine(_dir, ".prepcode", "prepcode.db");

    private static GradeRecord Grade(string id, ReviewState before, int q) =>
        new(id, new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero), Day, q, null, 1200, "sm2", "review",
            before, new Sm2Scheduler().Grade(before, q, Day), "notes/a.md", "topic:a", "topic-body:x");

    [Fact]
    public void A_new_database_is_created_in_WAL_mode_at_the_latest_schema_version()
    {
        using (StudyStore.Open(DbPath)) { }
        using var db = new SqliteConnection($"Data Source={DbPath}");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "PRAGMA user_version;";
        Assert.Equal(6L, cmd.ExecuteScalar());   // 6: the flag of the section key migration
        cmd.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE name IN ('note_index', 'note_cache');";
        Assert.Equal("note_index", cmd.ExecuteScalar());
    }

    [Fact]
    public void A_grade_survives_reopening_the_database()
    {
        using (var store = StudyStore.Open(DbPath)) store.RecordGrade(Grade("a", ReviewState.New, 5));
        using var reopened = StudyStore.Open(DbPath);
        var state = reopened.LoadStates()["a"].State;
        Assert.Equal(Day.AddDays(1), state.DueDate);
        Assert.Equal(2.6, state.EaseFactor, 6);
        Assert.Single(reopened.History("a"));
    }

    [Fact]
    public void Undo_restores_the_previous_state_and_keeps_the_undone_entry_marked_in_the_log()
    {
        using var store = StudyStore.Open(DbPath);
        var first = Grade("a", ReviewState.New, 4);
        store.RecordGrade(first);
        store.RecordGrade(Grade("a", first.After, 5) with { StudyDay = Day.AddDays(1) });

        var undone = store.UndoLastGrade(DateTimeOffset.UtcNow);
        Assert.NotNull(undone);
        Assert.Equal(5, undone.Quality);
        Assert.Equal(first.After, store.LoadStates()["a"].State);

        var history = store.History("a");
        Assert.Equal(2, history.Count);                     // append-only: nothing deleted
        Assert.Null(history[0].UndoneAt);
        Assert.NotNull(history[1].UndoneAt);

        store.UndoLastGrade(DateTimeOffset.UtcNow);          // undoing the first grade makes the item new again
        Assert.False(store.LoadStates().ContainsKey("a"));
        Assert.Null(store.UndoLastGrade(DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Reattach_moves_state_and_history_to_the_new_id()
    {
        using var store = StudyStore.Open(DbPath);
        store.RecordGrade(Grade("old", ReviewState.New, 4));
        store.Reattach([("old", "new", "notes/b.md")]);
        Assert.True(store.LoadStates().ContainsKey("new"));
        Assert.False(store.LoadStates().ContainsKey("old"));
        Assert.Single(store.History("new"));
        Assert.Equal("notes/b.md", store.LoadStates()["new"].NotePath);
    }

    [Fact]
    public void A_database_from_a_newer_PrepCode_is_refused_with_a_clear_message()
    {
        using (StudyStore.Open(DbPath)) { }
        using (var db = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => StudyStore.Open(DbPath));
        Assert.Contains("newer PrepCode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_per_day_count_only_grades_that_were_not_undone()
    {
        using var store = StudyStore.Open(DbPath);
        store.RecordGrade(Grade("a", ReviewState.New, 4));
        store.RecordGrade(Grade("b", ReviewState.New, 4));
        store.UndoLastGrade(DateTimeOffset.UtcNow);
        Assert.Equal([(Day, 1)], store.ReviewsPerDay(Day.AddDays(-1), Day));
    }

    [Fact]
    public void Weights_fitted_for_the_whole_workspace_before_track_groups_become_the_weights_of_both_groups()
    {
        var fitted = FsrsParameters.Default.ToArray();
        fitted[0] = 0.5;
        using (StudyStore.Open(DbPath)) { }
        using (var db = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();                    // the database as schema 3 left it: one row for the workspace
            cmd.CommandText = """
                INSERT INTO fsrs_parameters VALUES ('workspace', $w, 0.41, 0.37, 120, '2026-11-01T09:00:00.0000000+00:00');
                PRAGMA user_version = 3;
                """;
            cmd.Parameters.AddWithValue("$w", new FsrsParameters(fitted).ToString());
            cmd.ExecuteNonQuery();
        }

        using var store = StudyStore.Open(DbPath);

        foreach (var group in new[] { "ML", "SWE" })
        {
            var p = store.LoadFsrsParameters(group)!;
            Assert.Equal(fitted, p.Parameters.ToArray());
            Assert.Equal((0.41, 0.37, 120), (p.LogLossBefore, p.LogLossAfter, p.ScoredReviews));
        }
        Assert.Null(store.LoadFsrsParameters("workspace"));
        store.SaveFsrsParameters(store.LoadFsrsParameters("ML")! with { Parameters = FsrsParameters.Default });
        Assert.Equal(fitted, store.LoadFsrsParameters("SWE")!.Parameters.ToArray());   // one group's new fit leaves the other's
    }
}
