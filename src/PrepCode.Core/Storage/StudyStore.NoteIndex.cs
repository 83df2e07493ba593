using Microsoft.Data.Sqlite;
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

    /// <summary>Each entry's data is written in place (<see cref="SqliteBlob"/> into a zeroblob): no array per entry.</summary>
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
            using (var insert = _db.CreateCommand())
            {
                insert.Transaction = tx;
                insert.CommandText = "INSERT OR REPLACE INTO note_index (path, size, mtime, read_at, format, data) VALUES ($path, $size, $mtime, $read, $format, zeroblob($length)) RETURNING rowid";
                var path = insert.Parameters.Add("$path", SqliteType.Text);
                var size = insert.Parameters.Add("$size", SqliteType.Integer);
                var mtime = insert.Parameters.Add("$mtime", SqliteType.Integer);
                var readAt = insert.Parameters.Add("$read", SqliteType.Integer);
                var fmt = insert.Parameters.Add("$format", SqliteType.Text);
                var length = insert.Parameters.Add("$length", SqliteType.Integer);
                foreach (var (entry, bytes) in entries)
                {
                    (path.Value, size.Value, mtime.Value, readAt.Value, fmt.Value, length.Value) =
                        (entry.Path, entry.Size, entry.LastWriteTicks, entry.ReadTicks, entry.Format, bytes.Length);
                    var rowid = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                    using (var blob = new SqliteBlob(_db, "note_index", "data", rowid)) blob.Write(bytes.Span);
                    written++;
                }
            }
            tx.Commit();
            return written;
        }
    }
}
