using PrepCode.Core.Plans;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Core.Checks;

/// <summary>What committing a check did. <see cref="AlreadyCommitted"/>: nothing was recorded (a second commit).
/// <see cref="CheckFileEdits"/>: score lines for questions without one and the Results Summary block.</summary>
public sealed record CheckCommitReport(
    string CheckId,
    bool AlreadyCommitted,
    IReadOnlyList<ScoredQuestion> Scored,
    IReadOnlyList<string> UnknownItems,
    IReadOnlyList<GradeResult> Grades,
    CheckSummary? Summary,
    IReadOnlyList<TextEdit> CheckFileEdits,
    string Message);

/// <summary>
/// Commits a knowledge check read from its file: each question's percent (the score line's number when present,
/// else the computed score) maps to q through the settings' percent table and is graded with source "check"; all
/// grades and the <c>check_commit</c> rows go in one transaction. Committing the same check twice records nothing.
/// </summary>
public sealed class CheckCommitter(StudyService study)
{
    public CheckCommitReport Commit(string checkFileText, string checkId)
    {
        var section = CheckDocumentReader.Read(checkFileText).Section(checkId)
            ?? throw new InvalidStudyArgumentException($"The check file has no section for check {checkId}.");
        var scored = CheckScoring.Score(section, study.Index.Find, out var unknown);
        var requests = scored.Select(s => new CheckGradeRequest(s.Number, s.Kind.Name(), s.ItemId, s.Percent)).ToList();
        var grades = study.CommitCheck(checkId, requests);
        if (grades is null)
            return new CheckCommitReport(checkId, true, scored, unknown, [], null, [],
                $"Check {checkId} was committed already; nothing was recorded again.");

        var newItems = grades.Where(g => g.Before.DueDate is null).Select(g => g.Item.Id).Distinct(StringComparer.Ordinal).Count();
        var summary = CheckSummary.Compute(checkId, scored, newItems, study.TrackedCount);
        var edits = new List<TextEdit>(ScoreLineWriter.Edits(checkFileText, checkId, CheckScoring.ComputedScores(scored)));
        if (CheckSummaryWriter.Edit(checkFileText, summary) is { } s) edits.Add(s);
        var message = $"Check {checkId}: {summary.OverallPercent:F1}% ({summary.Letter}); {grades.Count} items graded"
            + (unknown.Count > 0 ? $"; {unknown.Count} questions skipped (item no longer in the notes)" : "") + ".";
        return new CheckCommitReport(checkId, false, scored, unknown, grades, summary, edits, message);
    }

    /// <summary>Reverses the commit: states before the check restored, its log entries marked undone.</summary>
    public UncommitOutcome Uncommit(string checkId) => study.UncommitCheck(checkId);
}
