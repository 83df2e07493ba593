using System.Globalization;
using System.Text;

namespace PrepCode.Core.Plans;

/// <summary>
/// A pipe table's lines as editable cells. Line 0 is the header, line 1 the delimiter row, the rest data rows.
/// Widths are counted in text elements (grapheme clusters, <see cref="StringInfo.LengthInTextElements(string)"/>):
/// an emoji such as 🟢 counts as one, like a letter. A table is "padded" when every line has the same segment
/// widths between its pipes; a padded table is re-padded after an edit (widening columns as needed), an unpadded
/// one keeps its untouched lines byte for byte and writes changed rows as <c>| a | b |</c>.
/// </summary>
internal sealed class PipeTable
{
    private readonly List<string> _original;

    private PipeTable(int firstLine, List<string> original, List<List<string>> rows, bool padded, bool spacedDelimiter, List<int> segments)
    {
        _segments = segments;
        FirstLine = firstLine;
        _original = original;
        Rows = rows;
        Padded = padded;
        SpacedDelimiter = spacedDelimiter;
    }

    public int FirstLine { get; }
    public List<List<string>> Rows { get; }
    public bool Padded { get; }
    public bool SpacedDelimiter { get; }
    public int LastLine => FirstLine + _original.Count - 1;
    public IReadOnlyList<string> Header => Rows[0];
    private readonly HashSet<int> _changed = [];
    private readonly List<int> _segments;

    public static PipeTable? Parse(TextLines lines, int first, int last)
    {
        if (last - first < 1) return null;
        var original = new List<string>();
        var rows = new List<List<string>>();
        var widths = new List<List<int>>();
        for (var i = first; i <= last; i++)
        {
            var (cells, segments) = Split(lines[i]);
            original.Add(lines[i]);
            rows.Add(cells);
            widths.Add(segments);
        }
        var padded = widths.All(w => w.SequenceEqual(widths[0])) && original.All(l => l.TrimStart().StartsWith('|'));
        var spaced = original[1].TrimStart().StartsWith("| ", StringComparison.Ordinal);
        return new PipeTable(first, original, rows, padded, spaced, widths[0]);
    }

    /// <summary>Index of the first header cell containing <paramref name="name"/> (case-insensitive), or -1.</summary>
    public int Column(string name) => Header.ToList().FindIndex(h => h.Contains(name, StringComparison.OrdinalIgnoreCase));

    public void Set(int row, int column, string value)
    {
        while (Rows[row].Count <= column) Rows[row].Add("");
        if (Rows[row][column] == value) return;
        Rows[row][column] = value;
        _changed.Add(row);
    }

    public void Add(List<string> cells)
    {
        Rows.Add(cells);
        _changed.Add(Rows.Count - 1);
    }

    public IReadOnlyList<TextEdit> Edits(TextLines lines)
    {
        if (_changed.Count == 0) return [];
        var widths = Padded ? Widths() : null;
        var edits = new List<TextEdit>();
        var extra = new List<string>();
        for (var r = 0; r < Rows.Count; r++)
        {
            string text;
            if (widths is not null) text = Render(r, widths);
            else if (_changed.Contains(r)) text = "| " + string.Join(" | ", Rows[r]) + " |";
            else continue;
            if (r < _original.Count) { if (text != _original[r]) edits.Add(lines.Replace(FirstLine + r, text)); }
            else extra.Add(text);
        }
        if (extra.Count > 0) edits.Add(lines.InsertAfter(LastLine, extra));
        return edits;
    }

    private List<int> Widths()
    {
        var columns = Rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => c < _segments.Count ? Math.Max(3, _segments[c] - 2) : 3).ToList();
        for (var r = 0; r < Rows.Count; r++)
        {
            if (r == 1) continue;
            for (var c = 0; c < Rows[r].Count; c++) widths[c] = Math.Max(widths[c], Width(Rows[r][c]));
        }
        return widths;
    }

    private string Render(int r, List<int> widths)
    {
        var sb = new StringBuilder("|");
        for (var c = 0; c < widths.Count; c++)
        {
            var cell = c < Rows[r].Count ? Rows[r][c] : "";
            if (r == 1)
            {
                var left = cell.StartsWith(':');
                var right = cell.EndsWith(':') && cell.Length > 1;
                var inner = SpacedDelimiter ? widths[c] : widths[c] + 2;
                var dashes = new string('-', inner - (left ? 1 : 0) - (right ? 1 : 0));
                var body = (left ? ":" : "") + dashes + (right ? ":" : "");
                sb.Append(SpacedDelimiter ? " " + body + " " : body).Append('|');
                continue;
            }
            sb.Append(' ').Append(cell).Append(' ', widths[c] - Width(cell)).Append(" |");
        }
        return sb.ToString();
    }

    public static int Width(string s) => new StringInfo(s).LengthInTextElements;

    /// <summary>Trimmed cells and the width of each segment between pipes (escaped pipes stay in the cell).</summary>
    private static (List<string> Cells, List<int> Segments) Split(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        var cells = new List<string>();
        var segments = new List<int>();
        var sb = new StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '\\' && i + 1 < t.Length && t[i + 1] == '|') { sb.Append("\\|"); i++; continue; }
            if (t[i] == '|') { Flush(); continue; }
            sb.Append(t[i]);
        }
        Flush();
        return (cells, segments);

        void Flush()
        {
            var s = sb.ToString();
            segments.Add(Width(s));
            cells.Add(s.Trim());
            sb.Clear();
        }
    }
}
