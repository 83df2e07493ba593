using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>
/// Computes the edits a <see cref="PlanUpdate"/> makes to a plan note: tick matching tasks, merge the Session History
/// row, refresh Quick Stats, the "Overall Interview Readiness" and "Last Updated" values, and add remedial tasks.
/// Pure: the input is the note's current text and its parse; the output is edits against that text (inserted lines
/// use the note's line break, CRLF kept) and a summary in words. Lines that need no change are never touched, and
/// applying the same update to the edited text yields no edits.
/// </summary>
public static class PlanFileEditor
{
    public static PlanEditResult Edit(string text, NoteDocument document, PlanUpdate update)
    {
        var lines = new TextLines(text);
        var edits = new List<TextEdit>();
        var said = new List<string>();

        var (ticks, ticked) = PlanLineEditor.Tick(lines, document, update.CompletedTitles);
        edits.AddRange(ticks);
        if (ticked.Count > 0) said.Add($"ticked {ticked.Count}: " + string.Join("; ", ticked));

        if (update.Session is { } session) Add(SessionHistoryEditor.Edits(lines, document, session));
        if (update.QuickStats is { Count: > 0 } stats) Add(QuickStatsEditor.Edits(lines, document, stats));
        if (update.OverallReadiness is { } readiness && PlanLineEditor.Readiness(lines, readiness) is { } r)
        {
            edits.Add(r);
            said.Add($"readiness {r.NewText}%");
        }
        if (edits.Count > 0 && PlanLineEditor.LastUpdated(lines, update.Date) is { } lu) edits.Add(lu);
        if (update.RemedialDomains is { Count: > 0 } remedial) Add(RemedialRule.Edits(lines, remedial, update.CurrentDay, update.Date));

        return new PlanEditResult(edits, said.Count == 0 ? "The plan is up to date." : "Plan updated: " + string.Join(" · ", said) + ".");

        void Add((IReadOnlyList<TextEdit> Edits, string? Said) part)
        {
            edits.AddRange(part.Edits);
            if (part.Said is not null) said.Add(part.Said);
        }
    }
}
