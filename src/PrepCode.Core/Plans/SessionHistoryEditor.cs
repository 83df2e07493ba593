using System.Globalization;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>
/// Adds the session to the "Session History" table (seed 003: Date | Topics Covered | Key Wins | Gaps Found).
/// A row for the same date is merged (topics joined with ", ", wins and gaps with "; ", nothing repeated); a table
/// whose only row is the placeholder <c>| — | — | — | — |</c> has it replaced; otherwise a row is appended.
/// </summary>
internal static class SessionHistoryEditor
{
    public static (IReadOnlyList<TextEdit> Edits, string? Said) Edits(TextLines lines, NoteDocument doc, SessionEntry session)
    {
        var table = PlanTables.Find(lines, doc, "Date", "Topics Covered");
        if (table is null) return ([], null);
        int topics = table.Column("Topics Covered"), wins = table.Column("Key Wins"), gaps = table.Column("Gaps");
        var date = session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dataRows = Enumerable.Range(2, table.Rows.Count - 2).ToList();
        var row = dataRows.FirstOrDefault(r => table.Rows[r].Count > 0 && table.Rows[r][0] == date, -1);
        if (row < 0 && dataRows.Count == 1 && table.Rows[dataRows[0]].All(PlanTables.IsPlaceholder)) row = dataRows[0];
        if (row < 0)
        {
            table.Add(Enumerable.Repeat("—", table.Header.Count).ToList());
            row = table.Rows.Count - 1;
        }
        table.Set(row, 0, date);
        Merge(table, row, topics, session.Topics, ", ");
        Merge(table, row, wins, session.KeyWins, "; ");
        Merge(table, row, gaps, session.Gaps, "; ");
        var edits = table.Edits(lines);
        return (edits, edits.Count == 0 ? null : $"Session History: {date}");
    }

    private static void Merge(PipeTable table, int row, int column, IReadOnlyList<string> add, string separator)
    {
        if (column < 0) return;
        var cell = column < table.Rows[row].Count ? table.Rows[row][column] : "";
        var parts = PlanTables.IsPlaceholder(cell) ? [] : cell.Split(separator.Trim(), StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var a in add.Select(a => a.Replace("|", "\\|", StringComparison.Ordinal).Trim()).Where(a => a.Length > 0))
            if (!parts.Contains(a, StringComparer.OrdinalIgnoreCase)) parts.Add(a);
        table.Set(row, column, parts.Count == 0 ? "—" : string.Join(separator, parts));
    }
}
