using System.Globalization;

namespace PrepCode.Core.Notes;

/// <summary>Collects front matter fields one by one, checking duplicates and types.
/// YAML line numbers given to it are 1-based within the YAML text, which starts on note line 2.</summary>
internal sealed class FrontMatterBuilder(LineMap lines, List<NoteDiagnostic> diagnostics)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _extra = new(StringComparer.Ordinal);
    private readonly List<string> _tags = [];
    private string? _id, _domain, _track;
    private double? _weight;
    private bool _prep = true, _prepPlan;

    public void Problem(int yamlLine, string words)
    {
        int noteLine = Math.Clamp(yamlLine, 1, lines.LineCount - 1); // YAML line 1 is note line index 1
        diagnostics.Add(new NoteDiagnostic(lines.LineRange(noteLine), DiagnosticSeverity.Warning, FrontMatterReader.Code,
            $"Front matter line {noteLine + 1}: {words}"));
    }

    private bool FirstTime(string key, int line)
    {
        if (_seen.Add(key)) return true;
        Problem(line, $"duplicate key '{key}'; the first value is used.");
        return false;
    }

    public void Scalar(string key, string value, int line, bool isNull)
    {
        if (!FirstTime(key, line)) return;
        string v = value.Trim();
        if (isNull || v.Length == 0) return;
        switch (key)
        {
            case "id": _id = v; break;
            case "domain": _domain = v; break;
            case "track": _track = v; break;
            case "weight":
                if (TryWeight(v, out double w)) _weight = w;
                else Problem(line, $"'weight' should be a number such as 25 or 25%, not '{v}'; it is ignored.");
                break;
            case "tags":
                foreach (var t in v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) _tags.Add(t);
                break;
            case "prep":
                if (TryBool(v, out bool p)) _prep = p;
                else Problem(line, $"'prep' should be true or false, not '{v}'; the note is included.");
                break;
            case "prep-plan":
                if (TryBool(v, out bool pp)) _prepPlan = pp;
                else Problem(line, $"'prep-plan' should be true or false, not '{v}'; it is ignored.");
                break;
            default: _extra[key] = v; break;
        }
    }

    public void Sequence(string key, List<string> items, int line)
    {
        if (!FirstTime(key, line)) return;
        if (key == "tags")
        {
            foreach (var t in items) { var s = t.Trim(); if (s.Length > 0) _tags.Add(s); }
        }
        else if (IsKnownScalar(key))
        {
            Problem(line, $"'{key}' should be a single value, not a list; it is ignored.");
        }
        else
        {
            _extra[key] = string.Join(", ", items);
        }
    }

    public void Nested(string key, int line)
    {
        if (!FirstTime(key, line)) return;
        if (IsKnownScalar(key) || key == "tags") Problem(line, $"'{key}' has a nested block where a value was expected; it is ignored.");
    }

    public FrontMatter Build() => new(_id, _domain, _weight, _track, _tags.ToArray(), _prep, _prepPlan, _extra);

    private static bool IsKnownScalar(string key) => key is "id" or "domain" or "track" or "weight" or "prep" or "prep-plan";

    private static bool TryWeight(string v, out double weight)
    {
        var s = v.EndsWith('%') ? v[..^1].TrimEnd() : v;
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && double.IsFinite(weight);
    }

    private static bool TryBool(string v, out bool value)
    {
        switch (v.ToLowerInvariant())
        {
            case "true" or "yes" or "on" or "y": value = true; return true;
            case "false" or "no" or "off" or "n": value = false; return true;
            default: value = false; return false;
        }
    }
}
