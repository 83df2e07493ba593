namespace PrepCode.Core.Notes;

/// <summary>Parses one Markdown note into a <see cref="NoteDocument"/>. Never throws on bad input: problems become diagnostics.</summary>
public static class NoteParser
{
    /// <summary>Parse text (an editor buffer).</summary>
    public static NoteDocument Parse(string path, string text) => throw new NotImplementedException();

    /// <summary>Parse a file's bytes: handles a BOM, invalid UTF-8 and binary content.</summary>
    public static NoteDocument ParseBytes(string path, ReadOnlySpan<byte> bytes) => throw new NotImplementedException();
}
