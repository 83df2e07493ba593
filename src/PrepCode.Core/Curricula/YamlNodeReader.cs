using PrepCode.Core.Notes;
using YamlDotNet.RepresentationModel;

namespace PrepCode.Core.Curricula;

/// <summary>
/// Reads typed values out of a YAML representation tree and records a diagnostic, with the node's line,
/// for every missing field, wrong type or unknown key. It never throws.
/// </summary>
internal sealed class YamlNodeReader(string path)
{
    private readonly List<CurriculumDiagnostic> diagnostics = [];

    public IReadOnlyList<CurriculumDiagnostic> Diagnostics => diagnostics;

    public string Path { get; } = path;

    public void Error(YamlNode node, string message) => Add(node, message, DiagnosticSeverity.Error);

    public void Warning(YamlNode node, string message) => Add(node, message, DiagnosticSeverity.Warning);

    public void Add(YamlNode node, string message, DiagnosticSeverity severity) =>
        diagnostics.Add(new CurriculumDiagnostic(Path, (int)node.Start.Line, (int)node.Start.Column, message, severity));

    public void Add(CurriculumDiagnostic diagnostic) => diagnostics.Add(diagnostic);

    /// <summary>The node as a mapping, or null (with an error) when it is something else.</summary>
    public YamlMappingNode? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode map) return map;
        Error(node, $"{what} must be a mapping of keys to values, but it is {Describe(node)}");
        return null;
    }

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent or its value is empty.</summary>
    public static YamlNode? Value(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    /// <summary>A required text value. Missing, empty or not text: an error, and null.</summary>
    public string? RequiredString(YamlMappingNode map, string key, string owner)
    {
        var node = Value(map, key);
        if (node is null) return Missing<string>(map, key, owner);

        return Text(node, key, owner) is { } text && text.Trim().Length > 0 ? text.Trim() : EmptyText(node, key, owner);
    }

    /// <summary>An optional text value: absent gives null; present but not text is an error.</summary>
    public string? OptionalString(YamlMappingNode map, string key, string owner)
    {
        var node = Value(map, key);
        if (node is null) return null;
        var text = Text(node, key, owner)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A required whole number. Missing or not a number: an error, and null.</summary>
    public int? RequiredInt(YamlMappingNode map, string key, string owner)
    {
        var node = Value(map, key);
        if (node is null) return Missing<int?>(map, key, owner);

        if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(node, $"'{key}' of {owner} must be a whole number, but it is {Describe(node)}");
        return null;
    }

    /// <summary>A required list. Missing or not a list: an error, and null.</summary>
    public YamlSequenceNode? RequiredSequence(YamlMappingNode map, string key, string owner)
    {
        var node = Value(map, key);
        if (node is null) return MissingNode(map, key, owner);

        if (node is YamlSequenceNode sequence) return sequence;
        Error(node, $"'{key}' of {owner} must be a list, but it is {Describe(node)}");
        return null;
    }

    /// <summary>Warns about keys this format does not know, suggesting the key that was probably meant.</summary>
    public void WarnUnknownKeys(YamlMappingNode map, IReadOnlyList<string> known, string owner)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name, StringComparer.Ordinal)) continue;
            var meant = known.FirstOrDefault(k => Squash(k) == Squash(name));
            var hint = meant is null ? $"known keys are {string.Join(", ", known)}" : $"did you mean '{meant}'?";
            Warning(key, $"unknown key '{name}' in {owner} is ignored; {hint}");
        }
    }

    private T? Missing<T>(YamlMappingNode map, string key, string owner)
    {
        MissingNode(map, key, owner);
        return default;
    }

    private YamlSequenceNode? MissingNode(YamlMappingNode map, string key, string owner)
    {
        var keyNode = map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key);
        if (keyNode is null) Error(map, $"{owner} is missing '{key}'");
        else Error(keyNode, $"'{key}' of {owner} is empty");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "empty",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    private string? Text(YamlNode node, string key, string owner)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        Error(node, $"'{key}' of {owner} must be text, but it is {Describe(node)}");
        return null;
    }

    private string? EmptyText(YamlNode node, string key, string owner)
    {
        if (node is YamlScalarNode) Error(node, $"'{key}' of {owner} is empty");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s &&
        (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");

    private static string Squash(string key) => key.Replace("_", "", StringComparison.Ordinal)
        .Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
}
