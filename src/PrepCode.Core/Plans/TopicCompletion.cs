using PrepCode.Core.Study;

namespace PrepCode.Core.Plans;

/// <summary>A completed topic: its first grade and the plan update that ticks it and logs the session.</summary>
public sealed record CompletionResult(GradeResult Grade, PlanUpdate PlanUpdate);

/// <summary>
/// "Mark as complete" (seed 001): record the completion with a difficulty 1-5 and an optional note, and schedule the
/// first review by grading the topic. Difficulty → q: 1 → 5, 2 → 4, 3 → 4, 4 → 3, 5 → 3 (an easy topic starts with a
/// longer ease; a hard one, q 3, comes back the same day until it is graded 4 or more, as SM-2 asks).
/// </summary>
public sealed class TopicCompletion(StudyService study)
{
    public static int QualityFor(int difficulty) => difficulty switch
    {
        1 => 5,
        2 or 3 => 4,
        4 or 5 => 3,
        _ => throw new InvalidStudyArgumentException($"Difficulty is a whole number from 1 (easy) to 5 (hard); got {difficulty}."),
    };

    public CompletionResult Complete(string itemId, int difficulty, string? note)
    {
        var q = QualityFor(difficulty);
        var grade = study.CompleteTopic(itemId, q, difficulty, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        var title = grade.Item.Title;
        var wins = difficulty <= 2 ? new[] { title + " felt easy" } : [];
        var gaps = difficulty >= 4 ? new[] { title + $" (difficulty {difficulty})" } : [];
        var session = new SessionEntry(study.Today, [title], wins, gaps);
        return new CompletionResult(grade, new PlanUpdate(study.Today, [title], session));
    }
}
