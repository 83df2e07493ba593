using PrepCode.Core.Plans;

namespace PrepCode.Core.Checks;

/// <summary>
/// Writes the <c>Score: 75 % — missed: a; b</c> line under each answer of one check, as edits against the current
/// text. A question without a score line gets one after its answer (separated by a blank line). An existing score line
/// is the user's to edit: it is replaced only with <c>overwrite: true</c>, and never when it already says the same.
/// </summary>
public static class ScoreLineWriter
{
    public static IReadOnlyList<TextEdit> Edits(string text, string checkId, IReadOnlyDictionary<int, AnswerScore> scores, bool overwrite = false)
    {
        var section = CheckDocumentReader.Read(text).Section(checkId);
        if (section is null) return [];
        var lines = new TextLines(text);
        var edits = new List<TextEdit>();
        foreach (var q in section.Questions)
        {
            if (!scores.TryGetValue(q.Number, out var score)) continue;
            var line = CheckMarkers.ScoreLine(score);
            if (q.ScoreLine is int existing)
            {
                if (overwrite && lines[existing] != line) edits.Add(lines.Replace(existing, line));
                continue;
            }
            edits.Add(lines.InsertAfter(q.LastAnswerLine, ["", line]));
        }
        return edits;
    }
}
