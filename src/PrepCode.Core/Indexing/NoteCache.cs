using System.Text.Json;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>How parsed notes are stored between runs. The version changes with every build of the parser's assembly,
/// so a new PrepCode never trusts parses made by an older one.</summary>
internal static class NoteCache
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly int ParserVersion = typeof(NoteParser).Assembly.ManifestModule.ModuleVersionId.GetHashCode();

    public static string Serialize(NoteDocument doc) => JsonSerializer.Serialize(doc, Options);

    public static NoteDocument? Deserialize(string json)
    {
        try { return JsonSerializer.Deserialize<NoteDocument>(json, Options); }
        catch (JsonException) { return null; }
    }
}
