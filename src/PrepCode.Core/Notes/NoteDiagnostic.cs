namespace PrepCode.Core.Notes;

public enum DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 }

/// <summary>A problem found in a note, said in plain words. <see cref="Code"/> is stable (e.g. "front-matter").</summary>
public sealed record NoteDiagnostic(SourceRange Range, DiagnosticSeverity Severity, string Code, string Message);
