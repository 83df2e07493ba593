using Microsoft.Data.Sqlite;
using SQLitePCL;
using PrepCode.Core.Indexing;

namespace PrepCode.Core.Storage;

/// <summary>The persisted index (table <c>note_index</c>, schema 5): one binary entry per note.</summary>
public sealed partial class StudyStore : INoteIndexStore
{
    public bool HasNoteIndex(string format)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT EXISTS (SELECT 1 FROM note_index WHERE format = $f)";
            cmd.Parameters.AddWithValue("$f", format);
            return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
        }
    }

    /// <summary>Each entry's data is read in place (<see cref="SqliteBlob"/>): no array per entry.</summary>
    public void ReadNoteIndex(Func<PersistedNoteEntry, bool> wanted, Action<PersistedNoteEntry, Stream> read)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT path, size, mtime, read_at, format, rowid FROM note_index";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var entry = new PersistedNoteEntry(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetString(4));
                if (!wanted(entry)) continue;
                using var blob = new SqliteBlob(_db, "note_index", "data", r.GetInt64(5), readOnly: true);
                read(entry, blob);
            }
        }
    }

    /// <summary>Entries of another format than <paramref name="format"/> are not written.</summary>
    public int WriteNoteIndex(string format, IEnumerable<(PersistedNoteEntry Entry, ReadOnlyMemory<byte> Data)> entries, IReadOnlyCollection<string> deleted)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            Exec(tx, "DELETE FROM note_index WHERE format <> $f", ("$f", format));
            using (var delete = _db.CreateCommand())
            {
                delete.Transaction = tx;
                delete.CommandText = "DELETE FROM note_index WHERE path = $path";
                var path = delete.Parameters.Add("$path", SqliteType.Text);
                foreach (var p in deleted)
                {
                    path.Value = p;
                    delete.ExecuteNonQuery();
                }
            }
            var written = 0;
            // The SQLite API itself: one prepared statement, the entry bound from its buffer, no objects per row.
            var rc = raw.sqlite3_prepare_v2(_db.Handle, "INSERT OR REPLACE INTO note_index (path, size, mtime, read_at, format, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", out var insert);
            using (insert)
            {
                SqliteException.ThrowExceptionForRC(rc, _db.Handle);
                raw.sqlite3_bind_text(insert, 5, format);
                foreach (var (entry, bytes) in entries)
                {
                    if (entry.Format != format) continue;
                    raw.sqlite3_bind_text(insert, 1, entry.Path);
                    raw.sqlite3_bind_int64(insert, 2, entry.Size);
                    raw.sqlite3_bind_int64(insert, 3, entry.LastWriteTicks);
                    raw.sqlite3_bind_int64(insert, 4, entry.ReadTicks);
                    raw.sqlite3_bind_blob(insert, 6, bytes.Span);
                    rc = raw.sqlite3_step(insert);
                    raw.sqlite3_reset(insert);
                    if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db.Handle);
                    written++;
                }
            }
            tx.Commit();
            // A large write leaves a WAL as large as the index: copy it into the database and cut it back now
            // (journal_size_limit), not at the next write. Best effort: a busy reader only delays it.
            if (written >= 1000 && Path != ":memory:")
            {
                try { Exec(_db, "PRAGMA wal_checkpoint(TRUNCATE);"); }
                catch (SqliteException) { }
            }
            return written;
        }
    }
}
