using System.Globalization;
using System.Text.RegularExpressions;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

public enum DomainStatus { NotStarted, InProgress, InterviewReady }

/// <summary>
/// Refreshes the "Quick Stats" table (Domain | Topics Covered | Total Topics | Status). A row matches a domain when
/// its first cell, without a leading "A. " letter and a "(20%)" weight, equals the domain name ignoring case and
/// punctuation. Status: 🔴 Not Started when nothing is covered; 🟢 Interview Ready when every topic is covered and
/// readiness (when known) is at least <see cref="ReadyPercent"/>; else 🟡 In Progress.
/// A domain marked <see cref="DomainProgress.AddIfMissing"/> without a row gets one after the last row (a table whose
/// only row is the placeholder <c>| — | — | — | — |</c> has it replaced), labelled in the table's style: the next
/// letter ("G. ") when every row has one, and the weight ("(12%)") when any row shows one and the domain has one.
/// </summary>
public static partial class QuickStatsEditor
{
    public const double ReadyPercent = 70;

    public static DomainStatus StatusOf(int covered, int total, double? readiness) =>
        covered <= 0 ? DomainStatus.NotStarted
        : total > 0 && covered >= total && (readiness is null || readiness >= ReadyPercent) ? DomainStatus.InterviewReady
        : DomainStatus.InProgress;

    public static string Label(DomainStatus status) => status switch
    {
        DomainStatus.NotStarted => "🔴 Not Started",
        DomainStatus.InProgress => "🟡 In Progress",
        _ => "🟢 Interview Ready",
    };

    /// <summary>"A. ML Fundamentals (20%)" → "ML Fundamentals".</summary>
    public static string DomainName(string cell) => Weight().Replace(Letter().Replace(cell, ""), "").Trim();

    /// <summary>The "(20%)" weight in a domain cell, or null.</summary>
    public static double? WeightIn(string cell)
    {
        var m = Weight().Match(cell);
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    public static string Key(string domain) => new(domain.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    internal static (IReadOnlyList<TextEdit> Edits, string? Said) Edits(TextLines lines, NoteDocument doc, IReadOnlyList<DomainProgress> stats)
    {
        var table = PlanTables.Find(lines, doc, "Domain", "Topics Covered");
        if (table is null) return ([], null);
        int covered = table.Column("Topics Covered"), total = table.Column("Total"), status = table.Column("Status");
        var byKey = stats.GroupBy(s => Key(s.Domain)).ToDictionary(g => g.Key, g => g.Last());
        var changed = new List<string>();
        for (var r = 2; r < table.Rows.Count; r++)
        {
            if (table.Rows[r].Count == 0 || !byKey.TryGetValue(Key(DomainName(table.Rows[r][0])), out var s)) continue;
            var before = string.Join("|", table.Rows[r]);
            table.Set(r, covered, s.Covered.ToString(CultureInfo.InvariantCulture));
            if (total >= 0 && s.Total is { } t) table.Set(r, total, t.ToString(CultureInfo.InvariantCulture));
            var totalNow = total >= 0 && int.TryParse(table.Rows[r][total], CultureInfo.InvariantCulture, out var n) ? n : s.Total ?? 0;
            if (status >= 0) table.Set(r, status, Label(StatusOf(s.Covered, totalNow, s.ReadinessPercent)));
            if (before != string.Join("|", table.Rows[r])) changed.Add(DomainName(table.Rows[r][0]));
        }
        foreach (var (r, s) in AddRows(table, stats))
        {
            table.Set(r, covered, s.Covered.ToString(CultureInfo.InvariantCulture));
            var totalNow = s.Total ?? Math.Max(s.TopicsInNotes, s.Covered);
            if (total >= 0) table.Set(r, total, totalNow.ToString(CultureInfo.InvariantCulture));
            if (status >= 0) table.Set(r, status, Label(StatusOf(s.Covered, totalNow, s.ReadinessPercent)));
            changed.Add("added " + s.Domain);
        }
        var edits = table.Edits(lines);
        return (edits, edits.Count == 0 ? null : "Quick Stats: " + string.Join(", ", changed));
    }

    /// <summary>Adds a row holding only its label for each domain to add that has none; returns the rows added.</summary>
    private static List<(int Row, DomainProgress Progress)> AddRows(PipeTable table, IReadOnlyList<DomainProgress> stats)
    {
        var rows = Enumerable.Range(2, table.Rows.Count - 2).Where(r => table.Rows[r].Count > 0).ToList();
        var data = rows.Where(r => !table.Rows[r].All(PlanTables.IsPlaceholder)).ToList();
        var have = data.Select(r => Key(DomainName(table.Rows[r][0]))).ToHashSet(StringComparer.Ordinal);
        var placeholder = data.Count == 0 && rows.Count == 1 ? rows[0] : -1;
        var letter = data.Count > 0 && data.All(r => Letter().IsMatch(table.Rows[r][0])) ? data.Max(r => table.Rows[r][0].TrimStart()[0]) : (char?)null;
        var weighted = data.Any(r => WeightIn(table.Rows[r][0]) is not null);
        var added = new List<(int, DomainProgress)>();
        foreach (var s in stats.Where(s => s.AddIfMissing))
        {
            if (!have.Add(Key(s.Domain))) continue;
            letter = letter is { } l && l < 'Z' ? (char)(l + 1) : null;
            var label = (letter is { } x ? $"{x}. " : "") + s.Domain.Trim();
            if (weighted && s.Weight is { } w) label += $" ({w.ToString("0.#", CultureInfo.InvariantCulture)}%)";
            var cells = Enumerable.Repeat("—", table.Header.Count).ToList();
            cells[0] = label;
            if (placeholder >= 0)
            {
                for (var c = 0; c < cells.Count; c++) table.Set(placeholder, c, cells[c]);
                added.Add((placeholder, s));
                placeholder = -1;
                continue;
            }
            table.Add(cells);
            added.Add((table.Rows.Count - 1, s));
        }
        return added;
    }

    [GeneratedRegex(@"^\s*[A-Z]\.\s+")]
    private static partial Regex Letter();

    [GeneratedRegex(@"\(\s*(\d+(?:\.\d+)?)\s*%\s*\)")]
    private static partial Regex Weight();
}
