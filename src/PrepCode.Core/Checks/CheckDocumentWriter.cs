using System.Globalization;
using PrepCode.Core.Notes;
using PrepCode.Core.Plans;

namespace PrepCode.Core.Checks;

/// <summary>
/// Renders knowledge checks as Markdown for <c>checks/yyyy-MM-dd.md</c>. The file's front matter says
/// <c>prep: false</c> (never indexed as study material) and <c>prepcode-check: true</c>. Each check is a
/// <c>## Knowledge check yyyy-MM-dd #n</c> section; each question a <c>### Qn · kind · title</c> heading, an identity
/// comment, the prompt and an <c>**Answer:**</c> marker followed by blank lines to type into.
/// </summary>
public static class CheckDocumentWriter
{
    public static string RelativePath(DateOnly date) =>
        "checks/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".md";

    /// <summary>A new check file holding one check.</summary>
    public static string NewFile(KnowledgeCheck check, string newline = "\n")
    {
        string[] head =
        [
            "---", "prep: false", CheckMarkers.FrontMatterFlag, "---", "",
            "# Knowledge checks " + check.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "",
        ];
        return string.Join(newline, head) + newline + Section(check, newline);
    }

    /// <summary>The check's section, ending with a line break.</summary>
    public static string Section(KnowledgeCheck check, string newline = "\n")
    {
        var lines = new List<string> { CheckMarkers.SectionHeading(check.Id), "" };
        foreach (var q in check.Questions)
        {
            lines.Add(CheckMarkers.QuestionHeading(q));
            lines.Add(CheckMarkers.IdentityComment(check.Id, q));
            lines.Add("");
            lines.Add(q.Prompt);
            lines.Add("");
            lines.Add(CheckMarkers.AnswerMarker);
            lines.Add("");
            lines.Add("");
        }
        return string.Join(newline, lines) + newline;
    }

    /// <summary>The edit appending a further check (its own section, e.g. #2) to an existing check file.</summary>
    public static TextEdit AppendEdit(string existingText, KnowledgeCheck check)
    {
        var lines = new TextLines(existingText);
        var end = lines.EndOf(lines.Count - 1);
        var prefix = existingText.Length == 0 ? "" : lines[lines.Count - 1].Length == 0 ? lines.Newline : lines.Newline + lines.Newline;
        if (existingText.EndsWith(lines.Newline + lines.Newline, StringComparison.Ordinal)) prefix = "";
        return new TextEdit(new SourceRange(end, end), prefix + Section(check, lines.Newline));
    }

    /// <summary>The next free check number for <paramref name="date"/> in a check file's text.</summary>
    public static int NextSequence(string existingText, DateOnly date) =>
        CheckDocumentReader.Read(existingText).Sections.Where(s => s.Date == date).Select(s => s.Sequence).DefaultIfEmpty(0).Max() + 1;
}
