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

    /// <summary>The plan note's current text and parse, or null without a plan.</summary>
    public static (CurrentText Text, NoteDocument Document)? Plan(ServerSession session)
    {
        var path = PlanPath(session);
        if (path is null || DocumentTexts.Read(session, path) is not { } text) return null;
        return (text, NoteParser.Parse(path, text.Text));
    }

    /// <summary>Topics planned for today: today's topics of the active group's tracks (not completed yet) and the topics
    /// named or linked by the unchecked tasks of the plan note's current day (<see cref="PlannedTopics"/>).</summary>
    public static IReadOnlyList<string> PlannedToday(ServerSession session)
    {
        var curriculum = TodayBuilder.Build(session).Tracks.SelectMany(t => t.Topics).Where(t => t.IsStudyItem && !t.Completed).Select(t => t.Id);
        var plan = Plan(session);
        var fromPlan = plan is { } p ? PlannedTopics.Today(p.Text.Text, p.Document, session.Workspace.Snapshot.Items, session.Study.Today) : [];
        return [.. curriculum.Concat(fromPlan).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Readiness with the default weights, overridden by note front matter and the plan's Quick Stats labels.
    /// <paramref name="activeGroupOnly"/>: only items the active track group shows (its tracks and notes without one),
    /// as the Readiness view lists them; plan updates count every domain.</summary>
    public static ReadinessReport Readiness(ServerSession session, NoteDocument? plan, bool activeGroupOnly = false)
    {
        var index = session.Workspace.Snapshot;
        var weights = DomainWeights.Defaults.WithFrontMatter(index.Notes.Values);
        if (plan is not null) weights = weights.WithQuickStats(plan);
        var items = activeGroupOnly ? index.Items.Where(i => session.Tracks.IsVisible(i.Track)) : index.Items;
        return ReadinessCalculator.Compute(items, session.Study.States, session.Store.LastGrades(), session.Study.Today, weights);
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
        var domains = report.Scored.Select(s => index.Find(s.ItemId)?.Domain);
        return new PlanUpdate(session.Study.Today, passed, new SessionEntry(session.Study.Today, titles, wins, gaps),
            QuickStats(session, readiness, domains), readiness.OverallPercent, remedial);
    }

    public static PlanUpdate ForCompletion(ServerSession session, CompletionResult completion, NoteDocument plan)
    {
        var readiness = Readiness(session, plan);
        return completion.PlanUpdate with
        {
            QuickStats = QuickStats(session, readiness, [completion.Grade.Item.Domain]),
            OverallReadiness = readiness.OverallPercent,
        };
    }

    /// <summary>After an uncommit: Quick Stats and readiness recomputed from the restored schedule (no rows added);
    /// ticked tasks and the Session History row are left as they are.</summary>
    public static PlanUpdate ForUncommit(ServerSession session, NoteDocument plan)
    {
        var readiness = Readiness(session, plan);
        return new PlanUpdate(session.Study.Today, [], QuickStats: QuickStats(session, readiness, []), OverallReadiness: readiness.OverallPercent);
    }

    /// <summary>Topics Covered counts the domain's topics (headings, not cards) that have a schedule, as the plan's
    /// Total Topics counts topics; the plan's Total Topics is kept. The <paramref name="covered"/> domains (those the
    /// check or completion touched) get a row when the table has none, totalling the domain's topics in the notes.</summary>
    private static List<DomainProgress> QuickStats(ServerSession session, ReadinessReport readiness, IEnumerable<string?> covered)
    {
        var states = session.Study.States;
        var topics = session.Workspace.Snapshot.Items
            .Where(i => i.Kind == Core.Indexing.StudyItemKind.Topic && i.Domain is not null)
            .GroupBy(i => i.Domain!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (All: g.Count(), Scheduled: g.Count(i => states.GetValueOrDefault(i.Id)?.DueDate is not null)),
                StringComparer.OrdinalIgnoreCase);
        var add = covered.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. readiness.Domains.Where(d => d.Domain != ReadinessCalculator.Unassigned)
            .Select(d => new DomainProgress(d.Domain, topics.GetValueOrDefault(d.Domain).Scheduled, null, d.Percent,
                AddIfMissing: add.Contains(d.Domain), Weight: d.Weight, TopicsInNotes: topics.GetValueOrDefault(d.Domain).All))];
    }
}
