using System.Globalization;
using PrepCode.Core.Plans;

namespace PrepCode.Core.Checks;

/// <summary>
/// Reads a check file the user has edited. A question is found by its identity comment (headings may be edited);
/// its block runs to the next heading of level 1-3 or the next identity comment. Within the block the answer starts
/// after <c>**Answer:**</c> (text on the marker's line counts) and ends at the first score line
/// (<c>Score: 75 % — …</c>, bold allowed) or the block's end. A <c>### Results Summary</c> block runs from its heading
/// over the list below it.
/// </summary>
public static class CheckDocumentReader
{
    public static CheckFile Read(string text)
    {
        var lines = new TextLines(text);
        var sections = new List<CheckSection>();
        var starts = new List<(int Line, DateOnly Date, int Seq)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = CheckMarkers.SectionPattern().Match(lines[i]);
            if (!m.Success) continue;
            var date = DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            starts.Add((i, date, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        }
        foreach (var (line, date, seq) in starts)
        {
            var end = SectionEnd(lines, line);
            sections.Add(ReadSection(lines, line, end, date, seq));
        }
        return new CheckFile(HasFlag(lines), sections);
    }

    private static bool HasFlag(TextLines lines)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---") return false;
        for (var i = 1; i < lines.Count && lines[i].Trim() != "---"; i++)
            if (lines[i].Trim().Equals(CheckMarkers.FrontMatterFlag, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int SectionEnd(TextLines lines, int start)
    {
        for (var i = start + 1; i < lines.Count; i++)
            if (HeadingLevel(lines[i]) is 1 or 2) return i;
        return lines.Count;
    }

    private static int HeadingLevel(string line)
    {
        var m = CheckMarkers.HeadingPattern().Match(line);
        return m.Success ? m.Groups[1].Length : 0;
    }

    private static CheckSection ReadSection(TextLines lines, int heading, int end, DateOnly date, int seq)
    {
        var checkId = KnowledgeCheck.FormatId(date, seq);
        var questions = new List<AnsweredQuestion>();
        int? summary = null, summaryLast = null;
        for (var i = heading + 1; i < end; i++)
        {
            if (CheckMarkers.SummaryPattern().IsMatch(lines[i]))
            {
                summary = i;
                summaryLast = SummaryEnd(lines, i, BlockEnd(lines, i + 1, end));
                continue;
            }
            var m = CheckMarkers.IdentityPattern().Match(lines[i]);
            if (!m.Success) continue;
            var fields = Fields(m.Groups[1].Value);
            if (fields.GetValueOrDefault("check") != checkId) continue;
            if (!int.TryParse(fields.GetValueOrDefault("n"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
            if (!fields.TryGetValue("item", out var item)) continue;
            var kind = CheckQuestionKinds.TryParse(fields.GetValueOrDefault("kind") ?? "", out var k) ? k : CheckQuestionKind.New;
            questions.Add(ReadQuestion(lines, i, BlockEnd(lines, i + 1, end), n, CheckMarkers.Unescape(item), kind));
        }
        return new CheckSection(checkId, date, seq, heading, end, questions, summary, summaryLast);
    }

    private static int BlockEnd(TextLines lines, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (HeadingLevel(lines[i]) is >= 1 and <= 3 || CheckMarkers.IdentityPattern().IsMatch(lines[i])) return i;
        return end;
    }

    private static AnsweredQuestion ReadQuestion(TextLines lines, int comment, int end, int n, string item, CheckQuestionKind kind)
    {
        var title = TitleAbove(lines, comment) ?? item;
        var marker = -1;
        for (var i = comment + 1; i < end && marker < 0; i++)
            if (lines[i].Contains(CheckMarkers.AnswerMarker, StringComparison.OrdinalIgnoreCase)) marker = i;
        int? scoreLine = null;
        double? percent = null;
        string? remark = null;
        var answer = new List<string>();
        var last = marker >= 0 ? marker : comment;
        if (marker >= 0)
        {
            var first = lines[marker];
            var after = first[(first.IndexOf(CheckMarkers.AnswerMarker, StringComparison.OrdinalIgnoreCase) + CheckMarkers.AnswerMarker.Length)..];
            if (after.Trim().Length > 0) answer.Add(after.Trim());
            for (var i = marker + 1; i < end; i++)
            {
                var s = CheckMarkers.ScorePattern().Match(lines[i]);
                if (s.Success)
                {
                    scoreLine = i;
                    percent = double.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture);
                    remark = s.Groups[2].Success && s.Groups[2].Value.Length > 0 ? s.Groups[2].Value : null;
                    break;
                }
                answer.Add(lines[i].TrimEnd());
                if (lines[i].Trim().Length > 0) last = i;
            }
        }
        var text = string.Join("\n", answer).Trim('\n', ' ', '\t');
        return new AnsweredQuestion(n, item, kind, title, text, comment, last, scoreLine, percent, remark);
    }

    private static string? TitleAbove(TextLines lines, int comment)
    {
        for (var i = comment - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length == 0) continue;
            var m = CheckMarkers.QuestionHeadingPattern().Match(lines[i]);
            return m.Success ? m.Groups[1].Value.Trim() : null;
        }
        return null;
    }

    /// <summary>The summary's last line: the last list line (or indented continuation) of the run of blank and list
    /// lines after its heading. Prose the user wrote below it is not part of it.</summary>
    private static int SummaryEnd(TextLines lines, int heading, int endExclusive)
    {
        var last = heading;
        for (var i = heading + 1; i < endExclusive; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            if (!CheckMarkers.SummaryLinePattern().IsMatch(line)) break;
            last = i;
        }
        return last;
    }

    private static Dictionary<string, string> Fields(string body)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) result[part[..eq]] = part[(eq + 1)..];
        }
        return result;
    }
}
