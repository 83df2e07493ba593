using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PrepCode.Core.Checks;

/// <summary>The fixed text of check files: headings, the identity comment, the answer marker and the score line.</summary>
public static partial class CheckMarkers
{
    public const string AnswerMarker = "**Answer:**";
    public const string SummaryHeading = "### Results Summary";
    public const string FrontMatterFlag = "prepcode-check: true";

    public static string SectionHeading(string checkId) =>
        "## Knowledge check " + checkId.Replace("#", " #", StringComparison.Ordinal);

    public static string QuestionHeading(CheckQuestion q) => $"### Q{q.Number} · {q.Kind.Name()} · {q.Title}";

    public static string IdentityComment(string checkId, CheckQuestion q) =>
        $"<!-- prepcode:q check={checkId} n={q.Number} item={Escape(q.ItemId)} kind={q.Kind.Name()} -->";

    /// <summary><c>Score: 75 % — missed: a; b</c>; <c>— all key points covered</c> when nothing was missed;
    /// <c>— no key points to compare, check by hand</c> when the item has none.</summary>
    public static string ScoreLine(AnswerScore score)
    {
        var remark = score.Unscorable ? "no key points to compare, check by hand"
            : score.Missed.Count == 0 ? "all key points covered"
            : "missed: " + string.Join("; ", score.Missed);
        return $"Score: {score.Percent.ToString(CultureInfo.InvariantCulture)} % — {remark}";
    }

    /// <summary>Ids may hold spaces or '>' (paths): those, '%' and line breaks are percent-encoded so the comment stays one token per field.</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '%' or ' ' or '\t' or '>' or '\r' or '\n') sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Unescape(string value) => Uri.UnescapeDataString(value);

    [GeneratedRegex(@"^##\s+Knowledge check\s+(\d{4}-\d{2}-\d{2})\s*#(\d+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SectionPattern();

    [GeneratedRegex(@"<!--\s*prepcode:q\s+(.*?)\s*-->", RegexOptions.CultureInvariant)]
    internal static partial Regex IdentityPattern();

    [GeneratedRegex(@"^(#{1,6})\s")]
    internal static partial Regex HeadingPattern();

    [GeneratedRegex(@"^###\s+Q\d+\s*·\s*\w+\s*·\s*(.*)$", RegexOptions.CultureInvariant)]
    internal static partial Regex QuestionHeadingPattern();

    [GeneratedRegex(@"^\s*(?:\*\*)?Score(?:\*\*)?\s*:\s*(?:\*\*)?(\d{1,3}(?:\.\d+)?)\s*%(?:\*\*)?\s*(?:[—–-]+\s*(.*?))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ScorePattern();

    [GeneratedRegex(@"^###\s+Results Summary\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex SummaryPattern();

    /// <summary>A line of the summary's list: an item or an indented continuation.</summary>
    [GeneratedRegex(@"^(?:\s*[-*+]\s|\s{2,}\S)")]
    internal static partial Regex SummaryLinePattern();
}
