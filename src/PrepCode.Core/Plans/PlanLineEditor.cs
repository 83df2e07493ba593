using System.Globalization;
using System.Text.RegularExpressions;
using PrepCode.Core.Checks;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>Single-line plan edits: ticking tasks, the readiness line and the "Last Updated" date. Each edit covers only
/// the characters that change.</summary>
internal static partial class PlanLineEditor
{
    /// <summary>Ticks unchecked tasks whose words include every content word of a title (see <see cref="ContentWords"/>):
    /// only <c>[ ]</c> becomes <c>[x]</c>.</summary>
    public static (IReadOnlyList<TextEdit> Edits, List<string> Ticked) Tick(TextLines lines, NoteDocument doc, IReadOnlyList<string> titles)
    {
        var wanted = titles.Select(ContentWords.SetOf).Where(w => w.Count > 0).ToList();
        var edits = new List<TextEdit>();
        var ticked = new List<string>();
        if (wanted.Count == 0) return (edits, ticked);
        foreach (var task in doc.Tasks)
        {
            if (task.Checked) continue;
            var box = task.CheckboxRange;
            if (box.Start.Line != box.End.Line || box.End.Character - box.Start.Character != 3) continue;
            var line = lines[box.Start.Line];
            if (box.End.Character > line.Length || line.Substring(box.Start.Character, 3) != "[ ]") continue;
            var words = ContentWords.SetOf(task.Text);
            if (!wanted.Any(w => w.IsSubsetOf(words))) continue;
            edits.Add(new TextEdit(box, "[x]"));
            ticked.Add(task.Text);
        }
        return (edits, ticked);
    }

    /// <summary><c>**Overall Interview Readiness**: 42%</c> or <c>[ ]%</c>: the value becomes the rounded percent.</summary>
    public static TextEdit? Readiness(TextLines lines, double percent)
    {
        var value = Math.Round(percent, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return ReplaceValue(lines, ReadinessPattern(), value);
    }

    /// <summary><c>**Last Updated**: [Date]</c>: the value becomes the date.</summary>
    public static TextEdit? LastUpdated(TextLines lines, DateOnly date) =>
        ReplaceValue(lines, LastUpdatedPattern(), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static TextEdit? ReplaceValue(TextLines lines, Regex pattern, string value)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = pattern.Match(lines[i]);
            if (!m.Success) continue;
            var g = m.Groups["v"];
            return g.Value == value ? null : new TextEdit(SourceRange.Line(i, g.Index, g.Index + g.Length), value);
        }
        return null;
    }

    [GeneratedRegex(@"^\s*\*\*Overall Interview Readiness\*\*\s*:\s*(?<v>\[\s*\]|\d+(?:\.\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ReadinessPattern();

    [GeneratedRegex(@"^\s*\*\*Last Updated\*\*\s*:\s*(?<v>\S(?:.*\S)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LastUpdatedPattern();
}
