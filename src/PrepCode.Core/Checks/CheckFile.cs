namespace PrepCode.Core.Checks;

/// <summary>A check file read back: its checks in file order.</summary>
public sealed record CheckFile(bool HasCheckFrontMatter, IReadOnlyList<CheckSection> Sections)
{
    public CheckSection? Section(string checkId) => Sections.FirstOrDefault(s => s.CheckId == checkId);
}

/// <summary>One <c>## Knowledge check</c> section. Lines are 0-based; <see cref="EndLine"/> is exclusive.
/// <see cref="SummaryLine"/> is the <c>### Results Summary</c> heading and <see cref="SummaryLastLine"/> its last
/// non-blank line, when the section has a summary.</summary>
public sealed record CheckSection(
    string CheckId,
    DateOnly Date,
    int Sequence,
    int HeadingLine,
    int EndLine,
    IReadOnlyList<AnsweredQuestion> Questions,
    int? SummaryLine,
    int? SummaryLastLine);

/// <summary>
/// One question as the user left it. <see cref="Answer"/> is everything typed after the answer marker up to the score
/// line or the next question (trimmed; inner lines joined with "\n"). <see cref="LastAnswerLine"/> is the last
/// non-blank line of the answer (the marker's line when the answer is empty; the identity comment's when there is no
/// marker). <see cref="ScorePercent"/> is the number on the score line, as the user may have edited it.
/// </summary>
public sealed record AnsweredQuestion(
    int Number,
    string ItemId,
    CheckQuestionKind Kind,
    string Title,
    string Answer,
    int CommentLine,
    int LastAnswerLine,
    int? ScoreLine,
    double? ScorePercent,
    string? ScoreRemark);
