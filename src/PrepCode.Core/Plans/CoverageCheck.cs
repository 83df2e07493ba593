using System.Globalization;
using System.Text.RegularExpressions;
using PrepCode.Core.Indexing;

namespace PrepCode.Core.Plans;

public enum CoverageAnswer { Know, Unsure, Dunno }

/// <summary>One topic of a coverage check as the user marked it; <see cref="Answer"/> null when left blank.</summary>
public sealed record CoverageRow(string ItemId, string Title, CoverageAnswer? Answer);

/// <summary>
/// The result of a coverage check. <see cref="BaselinePercent"/> = (Know × 1 + Unsure × 0.5 + Dunno × 0) / all rows
/// × 100 (blank rows count as 0, as in seed 000's "8 Know, 25 Unsure, 8 Dunno" of 43); <see cref="KnowPercent"/> =
/// Know / all rows × 100 (the seed's "18.6 % baseline"). <see cref="Gaps"/>: Dunno rows first, then Unsure, in file order.
/// </summary>
public sealed record CoverageResult(IReadOnlyList<CoverageRow> Rows, int Know, int Unsure, int Dunno, int Blank,
    double BaselinePercent, double KnowPercent, IReadOnlyList<CoverageRow> Gaps);

/// <summary>Writes and reads a Know / Unsure / Dunno checklist: a table with one row per topic, an x (or anything)
/// in one of the three columns, and the item id in a hidden comment in the topic cell.</summary>
public static partial class CoverageCheck
{
    public static string Write(string title, IEnumerable<StudyItem> items, DateOnly date, string newline = "\n")
    {
        var lines = new List<string>
        {
            "---", "prep: false", "prepcode-coverage: true", "---", "",
            $"# Topic coverage check: {title} ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", "",
            "Put an x in one column per topic: Know (could explain it in an interview), Unsure, or Dunno.", "",
            "| Topic | Know | Unsure | Dunno |",
            "|-------|------|--------|-------|",
        };
        foreach (var item in items)
            lines.Add($"| {item.Title.Replace("|", "\\|", StringComparison.Ordinal)} <!-- prepcode:item={Checks.CheckMarkers.Escape(item.Id)} --> |  |  |  |");
        return string.Join(newline, lines) + newline;
    }

    /// <summary>A row marked in more than one column counts as the least confident of them.</summary>
    public static CoverageResult Read(string text)
    {
        var rows = new List<CoverageRow>();
        foreach (var line in new TextLines(text).Text.Split('\n'))
        {
            var m = RowPattern().Match(line.TrimEnd('\r'));
            if (!m.Success) continue;
            CoverageAnswer? answer = Marked(m.Groups["dunno"]) ? CoverageAnswer.Dunno
                : Marked(m.Groups["unsure"]) ? CoverageAnswer.Unsure
                : Marked(m.Groups["know"]) ? CoverageAnswer.Know : null;
            rows.Add(new CoverageRow(Checks.CheckMarkers.Unescape(m.Groups["id"].Value), m.Groups["title"].Value.Trim(), answer));
        }
        int know = rows.Count(r => r.Answer == CoverageAnswer.Know), unsure = rows.Count(r => r.Answer == CoverageAnswer.Unsure);
        int dunno = rows.Count(r => r.Answer == CoverageAnswer.Dunno), blank = rows.Count(r => r.Answer is null);
        double Pct(double v) => rows.Count == 0 ? 0 : Math.Round(v * 100 / rows.Count, 1, MidpointRounding.AwayFromZero);
        var gaps = rows.Where(r => r.Answer == CoverageAnswer.Dunno).Concat(rows.Where(r => r.Answer == CoverageAnswer.Unsure)).ToList();
        return new CoverageResult(rows, know, unsure, dunno, blank, Pct(know + 0.5 * unsure), Pct(know), gaps);
    }

    private static bool Marked(Group g) => g.Value.Trim().Length > 0;

    [GeneratedRegex(@"^\s*\|(?<title>[^|]*?)<!--\s*prepcode:item=(?<id>\S+)\s*-->\s*\|(?<know>[^|]*)\|(?<unsure>[^|]*)\|(?<dunno>[^|]*)\|")]
    private static partial Regex RowPattern();
}
