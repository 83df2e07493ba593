using PrepCode.Core.Notes;
using PrepCode.Core.Plans;

namespace PrepCode.Core.Checks;

/// <summary>Writes a check's <c>### Results Summary</c> block into its section: replaces the existing block (heading
/// to its last non-blank line) or appends one after the section's last non-blank line. No edit when the block
/// already reads the same, so running it again changes nothing. <see cref="RemoveEdit"/> takes the block out again.</summary>
public static class CheckSummaryWriter
{
    public static TextEdit? Edit(string text, CheckSummary summary)
    {
        var section = CheckDocumentReader.Read(text).Section(summary.CheckId);
        if (section is null) return null;
        var lines = new TextLines(text);
        var block = summary.ToMarkdown(lines.Newline);
        if (section.SummaryLine is int first && section.SummaryLastLine is int last)
        {
            var range = new SourceRange(new SourcePosition(first, 0), lines.EndOf(last));
            var current = text[lines.Offset(range.Start)..lines.Offset(range.End)];
            return current == block ? null : new TextEdit(range, block);
        }
        var after = section.HeadingLine;
        for (var i = section.HeadingLine; i < section.EndLine; i++) if (lines[i].Trim().Length > 0) after = i;
        return lines.InsertAfter(after, ["", .. block.Split(lines.Newline)]);
    }

    /// <summary>The edit removing a check's Results Summary block (uncommit): from the end of the last non-blank line
    /// above its heading to the end of its list, so text written by <see cref="Edit"/> goes and the blank line it put
    /// in front goes with it. Answers, score lines and anything below the list stay. Null when there is no summary.</summary>
    public static TextEdit? RemoveEdit(string text, string checkId)
    {
        var section = CheckDocumentReader.Read(text).Section(checkId);
        if (section?.SummaryLine is not int first || section.SummaryLastLine is not int last) return null;
        var lines = new TextLines(text);
        var above = first - 1;
        while (above > section.HeadingLine && lines[above].Trim().Length == 0) above--;
        return new TextEdit(new SourceRange(lines.EndOf(above), lines.EndOf(last)), "");
    }
}
