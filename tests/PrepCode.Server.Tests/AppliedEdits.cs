using System.Text;
using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests;

/// <summary>Applies a WorkspaceEdit's documentChanges (CreateFile, TextDocumentEdit) to files on disk, as an editor would.</summary>
public static class AppliedEdits
{
    public static void Apply(JsonNode edit)
    {
        foreach (var change in edit["documentChanges"]!.AsArray())
        {
            if ((string?)change!["kind"] == "create")
            {
                var created = new Uri((string)change["uri"]!).LocalPath;
                Directory.CreateDirectory(Path.GetDirectoryName(created)!);
                if (!File.Exists(created)) File.WriteAllText(created, "");
                continue;
            }
            var path = new Uri((string)change["textDocument"]!["uri"]!).LocalPath;
            var text = File.ReadAllText(path);
            var edits = change["edits"]!.AsArray()
                .Select(e => (Start: Offset(text, e!["range"]!["start"]!), End: Offset(text, e["range"]!["end"]!), New: (string)e["newText"]!))
                .OrderByDescending(e => e.Start).ToList();
            var sb = new StringBuilder(text);
            foreach (var (start, end, replacement) in edits) sb.Remove(start, end - start).Insert(start, replacement);
            File.WriteAllText(path, sb.ToString());
        }
    }

    private static int Offset(string text, JsonNode position)
    {
        int line = (int)position["line"]!, character = (int)position["character"]!, offset = 0;
        for (var l = 0; l < line; l++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0) return text.Length;
            offset = next + 1;
        }
        return Math.Min(text.Length, offset + character);
    }
}
