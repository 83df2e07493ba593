using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Storage;

/// <summary>
/// The SQLite store (DESIGN §6): WAL mode, schema version with forward migrations, one transaction per user action,
/// an append-only review log. One instance per process; calls are serialised by a lock.
/// </summary>
public sealed partial class StudyStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection _db;
    private readonly Lock _gate = new();

    private StudyStore(SqliteConnection db, string path)
    {
        _db = db;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>; ":memory:" for tests.</summary>
    public static StudyStore Open(string path)
    {
        try
        {
            if (path != ":memory:")
            {
                var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            }
            var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            db.Open();
            // WAL; once checkpointed, the WAL file is cut back to 8 MB (writing the persisted index makes it as large as the index)
            Exec(db, path == ":memory:" ? "PRAGMA foreign_keys=ON;" : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA journal_size_limit=8388608;");
            Migrations.Apply(db);
            return new StudyStore(db, path);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"Cannot open the PrepCode database at {path}: {e.Message}", e);
        }
    }

    /// <summary>Waits for a call under way (e.g. the persisted index being written in the background).</summary>
    public void Dispose()
    {
        lock (_gate) _db.Dispose();
    }

    /// <summary>Every scheduled item (items never graded have no row).</summary>
    public IReadOnlyDictionary<string, StoredItemState> LoadStates()
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT item_id, scheduler, repetitions, ease_factor, interval_days, due_date, last_reviewed, lapses, repeat_today, note_path, title_key, content_key FROM item_state";
            using var r = cmd.ExecuteReader();
            var result = new Dictionary<string, StoredItemState>(StringComparer.Ordinal);
            while (r.Read())
            {
                var state = new ReviewState(r.GetInt32(2), r.GetDouble(3), r.GetInt32(4), ReadDate(r, 5), ReadDate(r, 6), r.GetInt32(7), r.GetInt32(8) != 0);
                result[r.GetString(0)] = new StoredItemState(r.GetString(0), state, r.GetString(1), ReadText(r, 9), ReadText(r, 10), ReadText(r, 11));
            }
            return result;
        }
    }

    /// <summary>Appends the grade to the log and updates the item's state, in one transaction. Returns the log id.</summary>
    public long RecordGrade(GradeRecord grade)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var id = InsertLog(tx, grade);
            UpsertState(tx, grade.ItemId, grade.After, grade.Scheduler, grade.NotePath, grade.TitleKey, grade.ContentKey);
            tx.Commit();
            return id;
        }
    }

    /// <summary>True until <see cref="FinishSectionKeyMigration"/> ran on a database that may hold topic content keys
    /// of the FNV-1a form (<c>topic-body:</c>): every database older than schema 6.</summary>
    public bool SectionKeyMigrationPending
    {
        get
        {
            lock (_gate)
            {
                using var cmd = _db.CreateCommand();
                cmd.CommandText = "SELECT count(*) FROM meta WHERE key = 'legacy-section-keys'";
                return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
            }
        }
    }

    /// <summary>Stores the new content keys of items whose schedule had an FNV-1a one, and clears the flag of
    /// <see cref="SectionKeyMigrationPending"/>. One transaction.</summary>
    public void FinishSectionKeyMigration(IReadOnlyList<(string ItemId, string ContentKey)> keys)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            foreach (var (id, key) in keys)
                Exec(tx, "UPDATE item_state SET content_key = $key WHERE item_id = $id", ("$key", key), ("$id", id));
            Exec(tx, "DELETE FROM meta WHERE key = 'legacy-section-keys'");
            tx.Commit();
        }
    }

    /// <summary>Moves the schedule and history of items whose ids changed (heading renamed, note moved). One transaction.</summary>
    public void Reattach(IReadOnlyList<(string OldId, string NewId, string? NotePath)> moves)
    {
        if (moves.Count == 0) return;
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            foreach (var (oldId, newId, notePath) in moves)
            {
                Exec(tx, "UPDATE item_state SET item_id = $new, note_path = $path WHERE item_id = $old", ("$new", newId), ("$old", oldId), ("$path", notePath));
                Exec(tx, "UPDATE review_log SET item_id = $new WHERE item_id = $old", ("$new", newId), ("$old", oldId));
            }
            tx.Commit();
        }
    }

    private void UpsertState(SqliteTransaction tx, string itemId, ReviewState s, string scheduler, string? notePath, string? titleKey, string? contentKey)
    {
        if (s.DueDate is null)
        {
            Exec(tx, "DELETE FROM item_state WHERE item_id = $id", ("$id", itemId));
            return;
        }
        Exec(tx, """
            INSERT INTO item_state (item_id, scheduler, repetitions, ease_factor, interval_days, due_date, last_reviewed, lapses, repeat_today, note_path, title_key, content_key, updated_at)
            VALUES ($id, $sch, $reps, $ef, $iv, $due, $last, $lapses, $rep, $path, $tk, $ck, $now)
            ON CONFLICT(item_id) DO UPDATE SET scheduler=$sch, repetitions=$reps, ease_factor=$ef, interval_days=$iv, due_date=$due,
              last_reviewed=$last, lapses=$lapses, repeat_today=$rep, note_path=coalesce($path, note_path),
              title_key=coalesce($tk, title_key), content_key=coalesce($ck, content_key), updated_at=$now
            """,
            ("$id", itemId), ("$sch", scheduler), ("$reps", s.Repetitions), ("$ef", s.EaseFactor), ("$iv", s.IntervalDays),
            ("$due", FormatDate(s.DueDate)), ("$last", FormatDate(s.LastReviewed)), ("$lapses", s.Lapses), ("$rep", s.RepeatToday ? 1 : 0),
            ("$path", notePath), ("$tk", titleKey), ("$ck", contentKey), ("$now", DateTimeOffset.UtcNow.ToString("O")));
    }

    internal static string? FormatDate(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ReadDate(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? ReadText(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private int Exec(SqliteTransaction tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd.ExecuteNonQuery();
    }
}
