using System.Globalization;
using Microsoft.Data.Sqlite;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Storage;

/// <summary>One question of a check commit: its number, kind ("new"/"review") and the grade it records.</summary>
public sealed record CheckCommitEntry(int Number, string Kind, GradeRecord Grade);

/// <summary>A stored <c>check_commit</c> row.</summary>
public sealed record CheckCommitRow(long Id, string CheckId, int Number, string ItemId, string Kind, double Percent, long ReviewLogId, DateTimeOffset? UndoneAt);

/// <summary>What undoing a check commit did: the states restored (item, state before the check), or the items graded
/// since the commit that block it (then nothing changed).</summary>
public sealed record UncommitOutcome(IReadOnlyList<(string ItemId, ReviewState Before)> Restored, IReadOnlyList<string> Blocked);

/// <summary>A topic marked complete: difficulty 1-5 and an optional note (seed 001).</summary>
public sealed record TopicCompletionRecord(string ItemId, DateTimeOffset CompletedAt, DateOnly StudyDay, int Difficulty, string? Note);

/// <summary>An item's latest grade that was not undone.</summary>
public sealed record LastGrade(int Quality, double? Percent, DateOnly StudyDay);

public sealed partial class StudyStore
{
    /// <summary>Records several grades in one transaction (log entries and states). Returns the log ids in order.</summary>
    public IReadOnlyList<long> RecordGrades(IReadOnlyList<GradeRecord> grades)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var ids = grades.Select(g => WriteGrade(tx, g)).ToList();
            tx.Commit();
            return ids;
        }
    }

    /// <summary>Records a check's grades and its <c>check_commit</c> rows in one transaction. Returns null, changing
    /// nothing, when the check is already committed (and not undone).</summary>
    public IReadOnlyList<long>? CommitCheck(string checkId, IReadOnlyList<CheckCommitEntry> entries, DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            if (LiveCommits(tx, checkId).Count > 0) return null;
            var ids = new List<long>(entries.Count);
            foreach (var e in entries)
            {
                var logId = WriteGrade(tx, e.Grade);
                ids.Add(logId);
                Exec(tx, """
                    INSERT INTO check_commit (check_id, question_n, item_id, kind, percent, review_log_id, committed_at)
                    VALUES ($check, $n, $item, $kind, $pct, $log, $now)
                    """, ("$check", checkId), ("$n", e.Number), ("$item", e.Grade.ItemId), ("$kind", e.Kind),
                    ("$pct", e.Grade.Percent ?? 0), ("$log", logId), ("$now", now.ToString("O")));
            }
            tx.Commit();
            return ids;
        }
    }

    /// <summary>The check's commit rows, oldest first; undone ones only when asked.</summary>
    public IReadOnlyList<CheckCommitRow> CheckCommits(string checkId, bool includeUndone = false)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var rows = LiveCommits(tx, checkId, includeUndone);
            rows.Reverse();
            return rows;
        }
    }

    /// <summary>
    /// Reverses a check commit in one transaction: restores each item's state from before the check (newest entry
    /// first, so an item asked twice ends at its first "before"), marks those log entries undone (the log stays
    /// append-only) and the commit rows undone. Refused (nothing changes) when an item was graded again since.
    /// </summary>
    public UncommitOutcome UncommitCheck(string checkId, DateTimeOffset now)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var rows = LiveCommits(tx, checkId);
            var blocked = Blockers(tx, rows);
            if (blocked.Count > 0) return new UncommitOutcome([], blocked);
            var restored = new List<(string, ReviewState)>();
            foreach (var row in rows)
            {
                var entry = QueryLog(tx, "WHERE id = $id", ("$id", row.ReviewLogId)).Single();
                UpsertState(tx, entry.ItemId, entry.Before, entry.Scheduler, null, null, null);
                Exec(tx, "UPDATE review_log SET undone_at = $now WHERE id = $id", ("$now", now.ToString("O")), ("$id", entry.Id));
                Exec(tx, "UPDATE check_commit SET undone_at = $now WHERE id = $id", ("$now", now.ToString("O")), ("$id", row.Id));
                restored.Add((entry.ItemId, entry.Before));
            }
            tx.Commit();
            return new UncommitOutcome(restored, []);
        }
    }

    /// <summary>The items of a committed check graded again since (by anything but the check): while there are any,
    /// <see cref="UncommitCheck"/> refuses. Empty when the check is not committed.</summary>
    public IReadOnlyList<string> UncommitBlockers(string checkId)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            return Blockers(tx, LiveCommits(tx, checkId));
        }
    }

    private List<string> Blockers(SqliteTransaction tx, List<CheckCommitRow> rows)
    {
        var logIds = rows.Select(r => r.ReviewLogId).ToHashSet();
        return rows.Where(r => QueryLog(tx, "WHERE item_id = $item AND id > $id AND undone_at IS NULL", ("$item", r.ItemId), ("$id", r.ReviewLogId))
            .Any(l => !logIds.Contains(l.Id))).Select(r => r.ItemId).Distinct().ToList();
    }

    /// <summary>Records a topic completion and its first grade in one transaction. Returns the log id.</summary>
    public long RecordCompletion(TopicCompletionRecord completion, GradeRecord grade)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var logId = WriteGrade(tx, grade);
            Exec(tx, """
                INSERT INTO topic_completion (item_id, completed_at, study_day, difficulty, note, review_log_id)
                VALUES ($item, $at, $day, $diff, $note, $log)
                """, ("$item", completion.ItemId), ("$at", completion.CompletedAt.ToString("O")), ("$day", FormatDate(completion.StudyDay)),
                ("$diff", completion.Difficulty), ("$note", completion.Note), ("$log", logId));
            tx.Commit();
            return logId;
        }
    }

    /// <summary>Every topic completion, oldest first.</summary>
    public IReadOnlyList<TopicCompletionRecord> Completions()
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT item_id, completed_at, study_day, difficulty, note FROM topic_completion ORDER BY id";
            using var r = cmd.ExecuteReader();
            var list = new List<TopicCompletionRecord>();
            while (r.Read())
                list.Add(new TopicCompletionRecord(r.GetString(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture),
                    ParseDay(r.GetString(2)), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4)));
            return list;
        }
    }

    /// <summary>The study day of each item's first grade that was not undone.</summary>
    public IReadOnlyDictionary<string, DateOnly> FirstGradedDays() =>
        DayQuery("SELECT item_id, min(study_day) FROM review_log WHERE undone_at IS NULL GROUP BY item_id");

    /// <summary>Each item's latest grade that was not undone.</summary>
    public IReadOnlyDictionary<string, LastGrade> LastGrades()
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = """
                SELECT item_id, quality, percent, study_day FROM review_log
                WHERE id IN (SELECT max(id) FROM review_log WHERE undone_at IS NULL GROUP BY item_id)
                """;
            using var r = cmd.ExecuteReader();
            var result = new Dictionary<string, LastGrade>(StringComparer.Ordinal);
            while (r.Read()) result[r.GetString(0)] = new LastGrade(r.GetInt32(1), r.IsDBNull(2) ? null : r.GetDouble(2), ParseDay(r.GetString(3)));
            return result;
        }
    }

    private long WriteGrade(SqliteTransaction tx, GradeRecord g)
    {
        var id = InsertLog(tx, g);
        UpsertState(tx, g.ItemId, g.After, g.Scheduler, g.NotePath, g.TitleKey, g.ContentKey);
        return id;
    }

    /// <summary>Live (or all) commit rows of a check, newest first.</summary>
    private List<CheckCommitRow> LiveCommits(SqliteTransaction tx, string checkId, bool includeUndone = false)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, check_id, question_n, item_id, kind, percent, review_log_id, undone_at FROM check_commit WHERE check_id = $check"
            + (includeUndone ? "" : " AND undone_at IS NULL") + " ORDER BY id DESC";
        cmd.Parameters.AddWithValue("$check", checkId);
        using var r = cmd.ExecuteReader();
        var rows = new List<CheckCommitRow>();
        while (r.Read())
            rows.Add(new CheckCommitRow(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetDouble(5), r.GetInt64(6),
                r.IsDBNull(7) ? null : DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture)));
        return rows;
    }

    private Dictionary<string, DateOnly> DayQuery(string sql)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            while (r.Read()) result[r.GetString(0)] = ParseDay(r.GetString(1));
            return result;
        }
    }

    private static DateOnly ParseDay(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
