using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PrepCode.Core.Curricula;

/// <summary>The outcome of loading one curriculum.yaml: the track (null when any error was found) and every diagnostic.</summary>
public sealed record CurriculumLoadResult(Curriculum? Curriculum, IReadOnlyList<CurriculumDiagnostic> Diagnostics)
{
    public bool IsLoaded => Curriculum is not null;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Where each topic id and (under the key "") the track id stand in the file: 1-based line and column.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Positions { get; init; } =
        new Dictionary<string, (int Line, int Column)>();
}

/// <summary>
/// Loads one curriculum.yaml into a <see cref="Curriculum"/> or a list of diagnostics with file, line and column.
/// Any error means the track is not loaded at all; warnings load. No exception escapes.
/// </summary>
public sealed class CurriculumLoader(Func<string, bool>? fileExists = null)
{
    private readonly Func<string, bool> fileExists = fileExists ?? File.Exists;

    /// <summary>Reads and parses a file. An unreadable file becomes a diagnostic.</summary>
    public CurriculumLoadResult LoadFile(string path, bool isShipped)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(new CurriculumDiagnostic(path, 1, 1, $"the curriculum could not be read: {e.Message}"));
        }

        return Parse(path, text, isShipped);
    }

    /// <summary>Parses YAML text; <paramref name="path"/> names the file (notes paths are relative to its folder).</summary>
    public CurriculumLoadResult Parse(string path, string text, bool isShipped)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Failed(new CurriculumDiagnostic(path, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column),
                $"the YAML is malformed: {PlainMessage(e)}"));
        }
        catch (Exception e)
        {
            return Failed(new CurriculumDiagnostic(path, 1, 1, $"the YAML could not be read: {e.Message}"));
        }

        if (stream.Documents.Count == 0)
        {
            return Failed(new CurriculumDiagnostic(path, 1, 1, "the curriculum is empty; it needs id, title, group, description and days"));
        }

        var reader = new YamlNodeReader(path);
        if (stream.Documents.Count > 1)
        {
            reader.Warning(stream.Documents[1].RootNode, "only the first YAML document is read; the others are ignored");
        }

        Curriculum? curriculum;
        var yamlReader = new CurriculumYamlReader(reader, fileExists, isShipped);
        try
        {
            curriculum = yamlReader.Read(stream.Documents[0].RootNode);
        }
        catch (Exception e)
        {
            reader.Add(new CurriculumDiagnostic(path, 1, 1, $"the curriculum could not be read: {e.Message}"));
            curriculum = null;
        }

        var diagnostics = reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        return new CurriculumLoadResult(diagnostics.Any(d => d.IsError) ? null : curriculum, diagnostics)
        {
            Positions = yamlReader.Positions,
        };
    }

    private static CurriculumLoadResult Failed(CurriculumDiagnostic diagnostic) => new(null, [diagnostic]);

    private static string PlainMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the diagnostic carries the position already.
        var message = e.InnerException is YamlException inner && e.Message.Contains("Duplicate key", StringComparison.Ordinal)
            ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var plain = cut >= 0 ? message[(cut + 3)..] : message;
        return plain.Length == 0 ? "syntax error" : char.ToLowerInvariant(plain[0]) + plain[1..];
    }
}
