using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Storage;

public sealed partial class StudyStore
{
    /// <summary>
    /// Undoes the most recent grade not yet undone: restores the state it replaced and marks the log entry undone
    /// (the entry stays in the log). Returns null when there is nothing to undo.
    /// </summary>
    public ReviewLogEntry? UndoLastGrade(DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var last = QueryLog(tx, "WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1").FirstOrDefault();
            if (last is null) return null;
            // Later grades of the same item that were undone already do not matter; the state before this one is restored.
            UpsertState(tx, last.ItemId, last.Before, last.Scheduler, null, null, null);
            Exec(tx, "UPDATE review_log SET undone_at = $now WHERE id = $id", ("$now", now.ToString("O")), ("$id", last.Id));
            tx.Commit();
            return last with { UndoneAt = now };
        }
    }

    /// <summary>The item's log, oldest first, undone entries included and marked.</summary>
    public IReadOnlyList<ReviewLogEntry> History(string itemId)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            return QueryLog(tx, "WHERE item_id = $id ORDER BY id", ("$id", itemId));
        }
    }

    /// <summary>The whole log, oldest first (for export, replay and statistics).</summary>
    public IReadOnlyList<ReviewLogEntry> AllReviews(bool includeUndone = false)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            return QueryLog(tx, includeUndone ? "ORDER BY id" : "WHERE undone_at IS NULL ORDER BY id");
        }
    }

    /// <summary>Counts of grades (not undone) per study day in [from, to].</summary>
    public IReadOnlyList<(DateOnly Day, int Count)> ReviewsPerDay(DateOnly from, DateOnly to)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT study_day, count(*) FROM review_log WHERE undone_at IS NULL AND study_day BETWEEN $from AND $to GROUP BY study_day ORDER BY study_day";
            cmd.Parameters.AddWithValue("$from", FormatDate(from));
            cmd.Parameters.AddWithValue("$to", FormatDate(to));
            using var r = cmd.ExecuteReader();
            var result = new List<(DateOnly, int)>();
            while (r.Read()) result.Add((DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt32(1)));
            return result;
        }
    }

    /// <summary>How many grades (not undone) each of <paramref name="itemIds"/> has.</summary>
    public IReadOnlyDictionary<string, int> ReviewCounts(IEnumerable<string> itemIds)
    {
        var ids = itemIds.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        lock (_gate)
        {
            foreach (var chunk in ids.Chunk(500))
            {
                using var cmd = _db.CreateCommand();
                var names = chunk.Select((_, i) => "$p" + i).ToList();
                cmd.CommandText = $"SELECT item_id, count(*) FROM review_log WHERE undone_at IS NULL AND item_id IN ({string.Join(',', names)}) GROUP BY item_id";
                for (var i = 0; i < chunk.Length; i++) cmd.Parameters.AddWithValue(names[i], chunk[i]);
                using var r = cmd.ExecuteReader();
                while (r.Read()) result[r.GetString(0)] = r.GetInt32(1);
            }
            return result;
        }
    }

    private long InsertLog(SqliteTransaction tx, GradeRecord g)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO review_log (item_id, reviewed_at, study_day, quality, percent, duration_ms, scheduler, source, state_before, state_after)
            VALUES ($id, $at, $day, $q, $pct, $dur, $sch, $src, $before, $after);
            SELECT last_insert_rowid();
            """;
        cmd.Parameters.AddWithValue("$id", g.ItemId);
        cmd.Parameters.AddWithValue("$at", g.ReviewedAt.ToString("O"));
        cmd.Parameters.AddWithValue("$day", FormatDate(g.StudyDay));
        cmd.Parameters.AddWithValue("$q", g.Quality);
        cmd.Parameters.AddWithValue("$pct", (object?)g.Percent ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$dur", (object?)g.DurationMs ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$sch", g.Scheduler);
        cmd.Parameters.AddWithValue("$src", g.Source);
        cmd.Parameters.AddWithValue("$before", JsonSerializer.Serialize(g.Before, Json));
        cmd.Parameters.AddWithValue("$after", JsonSerializer.Serialize(g.After, Json));
        return (long)cmd.ExecuteScalar()!;
    }

    private List<ReviewLogEntry> QueryLog(SqliteTransaction tx, string tail, params (string Name, object Value)[] args)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, item_id, reviewed_at, study_day, quality, percent, duration_ms, scheduler, source, state_before, state_after, undone_at FROM review_log " + tail;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        using var r = cmd.ExecuteReader();
        var list = new List<ReviewLogEntry>();
        while (r.Read())
        {
            list.Add(new ReviewLogEntry(
                r.GetInt64(0), r.GetString(1), DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetInt32(6), r.GetString(7), r.GetString(8),
                JsonSerializer.Deserialize<ReviewState>(r.GetString(9), Json)!, JsonSerializer.Deserialize<ReviewState>(r.GetString(10), Json)!,
                r.IsDBNull(11) ? null : DateTimeOffset.Parse(r.GetString(11), CultureInfo.InvariantCulture)));
        }
        return list;
    }
}
