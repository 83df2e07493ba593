using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Notes;

internal static class Fixtures
{
    public static string PathOf(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "notes", name);

    public static NoteDocument Load(string name) => NoteParser.ParseBytes("notes/" + name, File.ReadAllBytes(PathOf(name)));

    public static NoteDocument Text(string markdown, string path = "notes/t.md") => NoteParser.Parse(path, markdown);

    public static SourceRange R(int line, int start, int endLine, int end) =>
        new(new SourcePosition(line, start), new SourcePosition(endLine, end));
}
