using Microsoft.Data.Sqlite;

namespace PrepCode.Core.Storage;

/// <summary>Forward-only schema migrations. Each entry moves the database from version i to i + 1; never edit a shipped one.</summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        // 0 -> 1
        """
        CREATE TABLE item_state (
            item_id TEXT PRIMARY KEY,
            scheduler TEXT NOT NULL,
            repetitions INTEGER NOT NULL,
            ease_factor REAL NOT NULL,
            interval_days INTEGER NOT NULL,
            due_date TEXT,
            last_reviewed TEXT,
            lapses INTEGER NOT NULL,
            repeat_today INTEGER NOT NULL,
            note_path TEXT,
            title_key TEXT,
            content_key TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX item_state_due ON item_state(due_date);
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            study_day TEXT NOT NULL,
            quality INTEGER NOT NULL,
            percent REAL,
            duration_ms INTEGER,
            scheduler TEXT NOT NULL,
            source TEXT NOT NULL,
            state_before TEXT NOT NULL,
            state_after TEXT NOT NULL,
            undone_at TEXT
        );
        CREATE INDEX review_log_item ON review_log(item_id, id);
        CREATE INDEX review_log_day ON review_log(study_day);
        CREATE TABLE note_cache (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime_ticks INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            parser_version INTEGER NOT NULL,
            document TEXT NOT NULL
        );
        """,
        // 1 -> 2: knowledge-check commits and topic completions
        """
        CREATE TABLE check_commit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            check_id TEXT NOT NULL,
            question_n INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            percent REAL NOT NULL,
            review_log_id INTEGER NOT NULL,
            committed_at TEXT NOT NULL,
            undone_at TEXT
        );
        CREATE UNIQUE INDEX check_commit_live ON check_commit(check_id, question_n) WHERE undone_at IS NULL;
        CREATE TABLE topic_completion (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id TEXT NOT NULL,
            completed_at TEXT NOT NULL,
            study_day TEXT NOT NULL,
            difficulty INTEGER NOT NULL,
            note TEXT,
            review_log_id INTEGER NOT NULL
        );
        CREATE INDEX topic_completion_item ON topic_completion(item_id, id);
        """,
        // 2 -> 3: FSRS-6 weights fitted to the user's own review log, one row per track group
        """
        CREATE TABLE fsrs_parameters (
            track_group TEXT PRIMARY KEY,
            weights TEXT NOT NULL,
            log_loss_before REAL NOT NULL,
            log_loss_after REAL NOT NULL,
            scored_reviews INTEGER NOT NULL,
            fitted_at TEXT NOT NULL
        );
        """,
        // 3 -> 4: weights per track group (ML, SWE); the one fit of the whole workspace becomes both groups' weights
        """
        INSERT OR IGNORE INTO fsrs_parameters (track_group, weights, log_loss_before, log_loss_after, scored_reviews, fitted_at)
            SELECT g.name, weights, log_loss_before, log_loss_after, scored_reviews, fitted_at
            FROM fsrs_parameters, (SELECT 'ML' AS name UNION ALL SELECT 'SWE') AS g
            WHERE track_group = 'workspace';
        DELETE FROM fsrs_parameters WHERE track_group = 'workspace';
        """,
        // 4 -> 5: the persisted index (one binary entry per note, NoteWorkspace); the unused JSON parse cache goes
        """
        DROP TABLE IF EXISTS note_cache;
        CREATE TABLE IF NOT EXISTS note_index (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            read_at INTEGER NOT NULL,
            format TEXT NOT NULL,
            data BLOB NOT NULL
        );
        """,
        // 5 -> 6: a topic's content key is now XXH3 of its section ("topic-text:"), no longer FNV-1a ("topic-body:");
        // the flag asks StudyService to move stored keys to the new one once (StudyService.MigrateSectionKeys)
        """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT OR REPLACE INTO meta (key, value) VALUES ('legacy-section-keys', '1');
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"));
        if (current > Latest)
            throw new StoreException($"The database was written by a newer PrepCode (schema {current}, this one knows {Latest}). Update PrepCode or choose another database path.");
        for (var v = current; v < Latest; v++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Steps[v] + $"\nPRAGMA user_version = {v + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}

/// <summary>A store problem said in words the user can act on.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
