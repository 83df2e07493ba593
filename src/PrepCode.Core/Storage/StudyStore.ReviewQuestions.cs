using System.Text.Json;

namespace PrepCode.Core.Storage;

/// <summary>
/// The practice questions asked in each review of a curriculum topic, so the next review can avoid them.
/// Kept in its own small table, created on first use (not a numbered migration): it holds no history that
/// other features read, and dropping it only means the next review may repeat a question.
/// </summary>
public sealed partial class StudyStore
{
    private bool _reviewQuestionsReady;

    /// <summary>Remembers the questions planned for <paramref name="itemId"/> on <paramref name="studyDay"/> (replaces that day's plan).</summary>
    public void SaveReviewQuestions(string itemId, DateOnly studyDay, IReadOnlyList<string> questions)
    {
        lock (_gate)
        {
            EnsureReviewQuestions();
            using var tx = _db.BeginTransaction();
            Exec(tx, """
                INSERT INTO review_questions (item_id, study_day, questions) VALUES ($id, $day, $q)
                ON CONFLICT(item_id, study_day) DO UPDATE SET questions = $q
                """, ("$id", itemId), ("$day", FormatDate(studyDay)), ("$q", JsonSerializer.Serialize(questions)));
            tx.Commit();
        }
    }

    /// <summary>The questions of the item's reviews, newest study day first.</summary>
    public IReadOnlyList<(DateOnly Day, IReadOnlyList<string> Questions)> ReviewQuestions(string itemId)
    {
        lock (_gate)
        {
            EnsureReviewQuestions();
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT study_day, questions FROM review_questions WHERE item_id = $id ORDER BY study_day DESC";
            cmd.Parameters.AddWithValue("$id", itemId);
            using var r = cmd.ExecuteReader();
            var result = new List<(DateOnly, IReadOnlyList<string>)>();
            while (r.Read())
            {
                var day = DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                result.Add((day, JsonSerializer.Deserialize<List<string>>(r.GetString(1)) ?? []));
            }
            return result;
        }
    }

    private void EnsureReviewQuestions()
    {
        if (_reviewQuestionsReady) return;
        Exec(_db, """
            CREATE TABLE IF NOT EXISTS review_questions (
                item_id TEXT NOT NULL,
                study_day TEXT NOT NULL,
                questions TEXT NOT NULL,
                PRIMARY KEY (item_id, study_day)
            );
            """);
        _reviewQuestionsReady = true;
    }
}
