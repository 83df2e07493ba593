using PrepCode.Core.Checks;
using PrepCode.Core.Notes;
using PrepCode.Core.Plans;

namespace PrepCode.Server.Hosting;

/// <summary>
/// Finds the plan note (setting <c>planFile</c>, else the first note with <c>prep-plan: true</c>), computes readiness
/// with its weights, and builds the <see cref="PlanUpdate"/> for a committed check or a completed topic.
/// </summary>
internal static class PlanUpdates
{
    public const double DefaultRemedialThreshold = RemedialRule.DefaultThreshold;

    public static string? PlanPath(ServerSession session)
    {
        if (session.Settings.PlanFile is { } p && p.Trim().Length > 0)
            return session.Paths.ToRelative(Path.IsPathRooted(p) ? p : Path.Combine(session.Paths.Root, p.Trim()));
        return session.Workspace.Snapshot.Notes.Values.FirstOrDefault(n => n.FrontMatter.PrepPlan)?.Path;
    }

    public static double Threshold(ServerSession session) => session.Settings.RemedialThreshold ?? DefaultRemedialThreshold;

    /// <summary>Readiness with the default weights, overridden by note front matter and the plan's Quick Stats labels.</summary>
    public static ReadinessReport Readiness(ServerSession session, NoteDocument? plan)
    {
        var index = session.Workspace.Snapshot;
        var weights = DomainWeights.Defaults.WithFrontMatter(index.Notes.Values);
        if (plan is not null) weights = weights.WithQuickStats(plan);
        return ReadinessCalculator.Compute(index.Items, session.Study.States, session.Store.LastGrades(), session.Study.Today, weights);
    }

    /// <summary>After a commit: tick items scored at or above the threshold, a Session History row (wins ≥ 85 %,
    /// gaps = weak items), Quick Stats and overall readiness, remedial tasks for domains below the threshold.</summary>
    public static PlanUpdate ForCheck(ServerSession session, CheckCommitReport report, NoteDocument plan)
    {
        var threshold = Threshold(session);
        var index = session.Workspace.Snapshot;
        var titles = report.Scored.Select(s => s.Title).Distinct(StringComparer.Ordinal).ToList();
        var wins = report.Scored.Where(s => s.Percent >= 85).Select(s => s.Title).Distinct(StringComparer.Ordinal).ToList();
        var gaps = report.Scored.Where(s => s.IsWeak).Select(s => $"{s.Title} ({s.Percent:0.#}%)").ToList();
        var remedial = report.Scored
            .GroupBy(s => index.Find(s.ItemId)?.Domain, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Key is not null && RemedialRule.Needs(g.Average(s => s.Percent), null, threshold))
            .Select(g => g.Key!).ToList();
        var passed = report.Scored.Where(s => s.Percent >= threshold).Select(s => s.Title).Distinct(StringComparer.Ordinal).ToList();
        var readiness = Readiness(session, plan);
        return new PlanUpdate(session.Study.Today, passed, new SessionEntry(session.Study.Today, titles, wins, gaps),
            QuickStats(session, readiness), readiness.OverallPercent, remedial);
    }

    public static PlanUpdate ForCompletion(ServerSession session, CompletionResult completion, NoteDocument plan)
    {
        var readiness = Readiness(session, plan);
        return completion.PlanUpdate with { QuickStats = QuickStats(session, readiness), OverallReadiness = readiness.OverallPercent };
    }

    /// <summary>Topics Covered counts the domain's topics (headings, not cards) that have a schedule, as the plan's
    /// Total Topics counts topics; the plan's Total Topics is kept.</summary>
    private static List<DomainProgress> QuickStats(ServerSession session, ReadinessReport readiness)
    {
        var states = session.Study.States;
        var covered = session.Workspace.Snapshot.Items
            .Where(i => i.Kind == Core.Indexing.StudyItemKind.Topic && i.Domain is not null && states.GetValueOrDefault(i.Id)?.DueDate is not null)
            .GroupBy(i => i.Domain!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return [.. readiness.Domains.Where(d => d.Domain != ReadinessCalculator.Unassigned)
            .Select(d => new DomainProgress(d.Domain, covered.GetValueOrDefault(d.Domain), null, d.Percent))];
    }
}
