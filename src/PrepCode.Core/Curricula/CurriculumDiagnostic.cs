using PrepCode.Core.Notes;

namespace PrepCode.Core.Curricula;

/// <summary>
/// A problem in a curriculum or in <c>.prepcode/config.json</c>, said in plain words.
/// <see cref="Line"/> and <see cref="Column"/> are 1-based, as people read them (LSP wants 0-based: subtract 1).
/// Errors keep a track from loading; warnings and information do not.
/// </summary>
public sealed record CurriculumDiagnostic(
    string Path,
    int Line,
    int Column,
    string Message,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() => $"{Path}({Line},{Column}): {Severity.ToString().ToLowerInvariant()}: {Message}";
}
