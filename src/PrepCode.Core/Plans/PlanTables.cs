using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>Finds the plan's tables by their header cells.</summary>
internal static class PlanTables
{
    /// <summary>The first table whose header contains every one of <paramref name="columns"/> (case-insensitive).</summary>
    public static PipeTable? Find(TextLines lines, NoteDocument doc, params string[] columns)
    {
        foreach (var t in doc.Tables)
        {
            if (!columns.All(c => t.Header.Any(h => h.Contains(c, StringComparison.OrdinalIgnoreCase)))) continue;
            var last = t.Range.End.Line;
            while (last > t.Range.Start.Line && !lines[last].TrimStart().StartsWith('|')) last--;
            var table = PipeTable.Parse(lines, t.Range.Start.Line, last);
            if (table is not null) return table;
        }
        return null;
    }

    /// <summary>A placeholder cell: empty or a dash ("—", "–", "-").</summary>
    public static bool IsPlaceholder(string cell) => cell.Trim() is "" or "—" or "–" or "-";
}
