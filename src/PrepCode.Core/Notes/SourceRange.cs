namespace PrepCode.Core.Notes;

/// <summary>A position in a note's text: 0-based line and 0-based UTF-16 column, as LSP counts them.</summary>
public readonly record struct SourcePosition(int Line, int Character);

/// <summary>A span of a note's text, end exclusive. Lines and columns as in <see cref="SourcePosition"/>.</summary>
public readonly record struct SourceRange(SourcePosition Start, SourcePosition End)
{
    public static SourceRange Line(int line, int startChar, int endChar) =>
        new(new SourcePosition(line, startChar), new SourcePosition(line, endChar));
}
