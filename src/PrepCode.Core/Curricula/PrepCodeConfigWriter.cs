using System.Text.Json;
using System.Text.Json.Nodes;

namespace PrepCode.Core.Curricula;

/// <summary>
/// Writes track settings into <c>.prepcode/config.json</c> without losing anything else in the file: the file is
/// read into a <see cref="JsonNode"/> tree, the known keys are set, and the tree is written back indented.
/// Unknown keys (top level and inside each track) are kept; tracks missing from the config are not deleted.
/// <c>reviewIntervals</c> is never added: the schedule follows the settings (a value already in the file is kept).
/// A file that is not valid JSON is never overwritten: the diagnostic is returned instead.
/// </summary>
public static class PrepCodeConfigWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Updates the file at <paramref name="path"/> (created with its folder when missing). Returns the problems; empty on success.</summary>
    public static IReadOnlyList<CurriculumDiagnostic> Write(string path, PrepCodeConfig config)
    {
        try
        {
            var existing = File.Exists(path) ? File.ReadAllText(path) : null;
            var (text, diagnostics) = Apply(path, existing, config);
            if (text is null) return diagnostics;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new CurriculumDiagnostic(path, 1, 1, $"the config could not be written: {e.Message}")];
        }
    }

    /// <summary>The new file text for <paramref name="existingText"/> (null: no file yet), or null and the reason when the existing text is not a JSON object.</summary>
    public static (string? Text, IReadOnlyList<CurriculumDiagnostic> Diagnostics) Apply(string path, string? existingText, PrepCodeConfig config)
    {
        var root = new JsonObject();
        if (!string.IsNullOrWhiteSpace(existingText))
        {
            var read = PrepCodeConfigReader.Parse(path, existingText);
            var fatal = read.Diagnostics.Where(d => d.IsError).ToList();
            if (fatal.Count > 0) return (null, fatal.Select(d => d with { Message = "the config was not changed: " + d.Message }).ToList());
            root = (JsonObject)JsonNode.Parse(existingText.TrimStart('\uFEFF'), documentOptions: PrepCodeConfigReader.DocumentOptions)!;
        }

        if (root["tracks"] is not JsonObject tracks)
        {
            tracks = new JsonObject();
            root["tracks"] = tracks;
        }

        foreach (var (id, settings) in config.Tracks.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (tracks[id] is not JsonObject entry)
            {
                entry = new JsonObject();
                tracks[id] = entry;
            }

            entry["startDate"] = settings.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            entry["accelerationDays"] = settings.AccelerationDays;
            entry["active"] = settings.Active;
            entry.Remove(PrepCodeConfigReader.SnakeCase("startDate"));           // the seed's spellings, now written in camelCase
            entry.Remove(PrepCodeConfigReader.SnakeCase("accelerationDays"));
        }

        if (config.ActiveGroup is { } group) root["activeGroup"] = group.ToString();
        return (root.ToJsonString(Indented) + "\n", []);
    }
}
