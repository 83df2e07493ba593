using System.Text.RegularExpressions;
using PrepCode.Core.Checks;
using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>
/// The topics a plan note schedules for today: the unchecked tasks (<c>- [ ]</c>) of today's day
/// (<see cref="PlanDays.Current"/>) that name or link a studied topic.
/// <list type="bullet">
/// <item>Names: every content word of the topic's title (see <see cref="ContentWords"/>) is in the task.</item>
/// <item>Links: <c>[text](path.md#anchor)</c>, <c>[[note#heading]]</c> or a bare <c>path.md#anchor</c>. The path is
/// taken relative to the plan's folder, else to the workspace root, else (wiki links) as a note's file name. The anchor
/// matches a topic's explicit id, its heading slug, or the last part of its generated id. A link to a note without an
/// anchor plans the note's topics the task names, or every topic of the note when it names none.</item>
/// </list>
/// </summary>
public static partial class PlannedTopics
{
    public static IReadOnlyList<string> Today(string planText, NoteDocument plan, IEnumerable<StudyItem> items, DateOnly today)
    {
        var lines = new TextLines(planText);
        if (PlanDays.Current(lines, PlanDays.Find(lines, today), today) is not { } day) return [];
        var onDay = day.Lines.ToHashSet();
        var topics = items.Where(i => i.Kind == StudyItemKind.Topic).ToList();
        var titles = topics.Select(t => (Item: t, Words: ContentWords.SetOf(t.Title))).Where(t => t.Words.Count > 0).ToList();
        var planned = new List<string>();
        foreach (var task in plan.Tasks)
        {
            var line = task.CheckboxRange.Start.Line;
            if (task.Checked || !onDay.Contains(line) || !PlanDays.IsUncheckedTask(lines[line])) continue;
            var words = ContentWords.SetOf(task.Text);
            var named = titles.Where(t => t.Words.IsSubsetOf(words)).Select(t => t.Item).ToList();
            planned.AddRange(named.Select(t => t.Id));
            foreach (var (path, anchor) in Links(lines[line]))
            {
                var inNote = topics.Where(t => NoteMatches(t.NotePath, path, plan.Path)).ToList();
                if (anchor is not null) planned.AddRange(inNote.Where(t => AnchorMatches(t, anchor)).Select(t => t.Id));
                else
                {
                    var namedHere = inNote.Where(named.Contains).ToList();
                    planned.AddRange((namedHere.Count > 0 ? namedHere : inNote).Select(t => t.Id));
                }
            }
        }
        return [.. planned.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>(path, anchor) of each link on a line; anchor null when the link has none.</summary>
    private static IEnumerable<(string Path, string? Anchor)> Links(string line)
    {
        foreach (Match m in MarkdownLink().Matches(line)) yield return Split(Uri.UnescapeDataString(m.Groups[1].Value));
        foreach (Match m in WikiLink().Matches(line))
            yield return (m.Groups[1].Value.Trim(), m.Groups[2].Success ? Slug.From(m.Groups[2].Value) : null);
        var withoutLinks = WikiLink().Replace(MarkdownLink().Replace(line, ""), "");
        foreach (Match m in BarePath().Matches(withoutLinks)) yield return Split(m.Value);
    }

    private static (string, string?) Split(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
    }

    private static bool NoteMatches(string notePath, string target, string planPath)
    {
        if (target.Length == 0) return notePath == planPath;
        var folder = planPath.Contains('/') ? planPath[..planPath.LastIndexOf('/')] : "";
        var withExtension = target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target : target + ".md";
        if (Normalise(folder.Length == 0 ? withExtension : folder + "/" + withExtension) == notePath) return true;
        if (Normalise(withExtension) == notePath) return true;
        return !target.Contains('/') && notePath.EndsWith("/" + withExtension, StringComparison.OrdinalIgnoreCase)
            || string.Equals(notePath, withExtension, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A workspace-relative path with "." and ".." resolved and '/' separators.</summary>
    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static bool AnchorMatches(StudyItem topic, string anchor)
    {
        var a = anchor.Trim().ToLowerInvariant();
        var generated = topic.Id[(topic.Id.LastIndexOf('#') + 1)..];
        return topic.Id.Equals(anchor, StringComparison.OrdinalIgnoreCase) || Slug.From(topic.Title) == a
            || generated[(generated.LastIndexOf('/') + 1)..].Equals(a, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\[\[([^\]|#]*)(?:#([^\]|]+))?(?:\|[^\]]*)?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"(?<![\w/.-])[\w.-]+(?:/[\w.-]+)*\.md(?:#[\w/-]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex BarePath();
}
