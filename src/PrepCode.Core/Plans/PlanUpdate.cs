namespace PrepCode.Core.Plans;

/// <summary>A row for the plan's "Session History" table (Date | Topics Covered | Key Wins | Gaps Found).</summary>
public sealed record SessionEntry(DateOnly Date, IReadOnlyList<string> Topics, IReadOnlyList<string> KeyWins, IReadOnlyList<string> Gaps);

/// <summary>A domain's progress for the "Quick Stats" table. <see cref="Total"/> null keeps the table's Total Topics.
/// <see cref="AddIfMissing"/>: the update covered this domain, so a table without a row for it gets one (see
/// <see cref="QuickStatsEditor"/>), with <see cref="Weight"/> in its label and <see cref="TopicsInNotes"/> (at least
/// <see cref="Covered"/>) as its Total Topics when <see cref="Total"/> is null.</summary>
public sealed record DomainProgress(string Domain, int Covered, int? Total, double? ReadinessPercent,
    bool AddIfMissing = false, double? Weight = null, int TopicsInNotes = 0);

/// <summary>
/// What to change in a plan note after a check commit or a completed topic. Every part is optional.
/// <see cref="CompletedTitles"/>: topic or item titles whose unchecked tasks get ticked.
/// <see cref="RemedialDomains"/>: domains that get "- [ ] Remedial: &lt;domain&gt;" under the next day
/// (<see cref="CurrentDay"/> is today's day number in the plan; null infers it, see <see cref="RemedialRule"/>).
/// </summary>
public sealed record PlanUpdate(
    DateOnly Date,
    IReadOnlyList<string> CompletedTitles,
    SessionEntry? Session = null,
    IReadOnlyList<DomainProgress>? QuickStats = null,
    double? OverallReadiness = null,
    IReadOnlyList<string>? RemedialDomains = null,
    int? CurrentDay = null);

/// <summary>Edits against the plan text the update was computed from, and what they do in words.</summary>
public sealed record PlanEditResult(IReadOnlyList<TextEdit> Edits, string Summary)
{
    public bool IsEmpty => Edits.Count == 0;
}
