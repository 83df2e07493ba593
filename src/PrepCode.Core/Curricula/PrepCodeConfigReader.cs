using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Curricula;

/// <summary>The config read from <c>.prepcode/config.json</c> (defaults where the file said nothing usable) and its problems.</summary>
public sealed record PrepCodeConfigReadResult(PrepCodeConfig Config, IReadOnlyList<CurriculumDiagnostic> Diagnostics);

/// <summary>
/// Reads <c>.prepcode/config.json</c>. A missing file gives the defaults. Malformed JSON is an error with its line
/// and gives the defaults. A bad value is a warning on its line and that value keeps its default
/// (a track without a valid start date is left out). Comments and trailing commas are allowed. Never throws.
/// </summary>
public static class PrepCodeConfigReader
{
    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static PrepCodeConfigReadResult Read(string path)
    {
        if (!File.Exists(path)) return new(PrepCodeConfig.Default, []);
        try
        {
            return Parse(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(PrepCodeConfig.Default, [new CurriculumDiagnostic(path, 1, 1, $"the config could not be read: {e.Message}")]);
        }
    }

    public static PrepCodeConfigReadResult Parse(string path, string text)
    {
        text = text.TrimStart('\uFEFF');
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return new(PrepCodeConfig.Default, [new CurriculumDiagnostic(path, line, column,
                $"the config is not valid JSON, so defaults are used: {FirstSentence(e.Message)}")]);
        }

        var diagnostics = new List<CurriculumDiagnostic>();
        var positions = JsonPositions.Build(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        void Warn(string key, string message)
        {
            var (line, column) = positions.TryGetValue(key, out var p) ? p : (1, 1);
            diagnostics.Add(new CurriculumDiagnostic(path, line, column, message, DiagnosticSeverity.Warning));
        }

        if (root is not JsonObject obj)
        {
            diagnostics.Add(new CurriculumDiagnostic(path, 1, 1, "the config must be a JSON object { ... }, so defaults are used"));
            return new(PrepCodeConfig.Default, diagnostics);
        }

        var config = new PrepCodeConfig(ReadTracks(obj["tracks"], Warn), ReadGroup(obj["activeGroup"], Warn), ReadIntervals(obj["reviewIntervals"], Warn));
        return new(config, diagnostics);
    }

    private static Dictionary<string, TrackSettings> ReadTracks(JsonNode? node, Action<string, string> warn)
    {
        var tracks = new Dictionary<string, TrackSettings>(StringComparer.Ordinal);
        if (node is null) return tracks;
        if (node is not JsonObject obj)
        {
            warn("tracks", "'tracks' must be an object of track ids to settings; it is ignored");
            return tracks;
        }

        foreach (var (id, value) in obj)
        {
            var key = $"tracks/{id}";
            if (value is not JsonObject settings)
            {
                warn(key, $"settings of track '{id}' must be an object; the track is ignored");
                continue;
            }

            var dateKey = Spelling(settings, "startDate", key, warn);
            if (!TryGetString(settings[dateKey], out var dateText) ||
                !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                warn(settings[dateKey] is null ? key : $"{key}/{dateKey}",
                    $"track '{id}' needs a 'startDate' like \"2026-11-20\"; the track is ignored");
                continue;
            }

            var acceleration = 0;
            var accelerationKey = Spelling(settings, "accelerationDays", key, warn);
            if (settings[accelerationKey] is { } accNode && (!TryGetInt(accNode, out acceleration) || acceleration < 0))
            {
                warn($"{key}/{accelerationKey}", $"'{accelerationKey}' of track '{id}' must be a whole number of 0 or more; 0 is used");
                acceleration = 0;
            }

            var active = true;
            if (settings["active"] is { } activeNode && !TryGetBool(activeNode, out active))
            {
                warn($"{key}/active", $"'active' of track '{id}' must be true or false; true is used");
                active = true;
            }

            tracks[id] = new TrackSettings(start, acceleration, active);
        }

        return tracks;
    }

    /// <summary>
    /// The key a track's setting is read from: <paramref name="name"/> (camelCase), else its snake_case spelling
    /// (<c>start_date</c>, <c>acceleration_days</c>, as seed 001's config named them). With both, camelCase wins.
    /// </summary>
    private static string Spelling(JsonObject settings, string name, string key, Action<string, string> warn)
    {
        var snake = SnakeCase(name);
        if (settings[snake] is null) return name;
        if (settings[name] is null) return snake;
        warn($"{key}/{snake}", $"'{snake}' is ignored because '{name}' is also set");
        return name;
    }

    internal static string SnakeCase(string name) =>
        string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private static TrackGroup? ReadGroup(JsonNode? node, Action<string, string> warn)
    {
        if (node is null) return null;
        if (TryGetString(node, out var text) && CurriculumRules.TryParseGroup(text, out var group)) return group;
        warn("activeGroup", "'activeGroup' must be \"ML\" or \"SWE\"; it is ignored");
        return null;
    }

    private static IReadOnlyList<int> ReadIntervals(JsonNode? node, Action<string, string> warn)
    {
        if (node is null) return PrepCodeConfig.DefaultReviewIntervals;
        var values = new List<int>();
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is null || !TryGetInt(item, out var days) || days < 1) break;
                values.Add(days);
            }

            var increasing = values.Zip(values.Skip(1)).All(p => p.First < p.Second);
            if (values.Count == array.Count && values.Count > 0 && increasing)
            {
                if (!values.SequenceEqual(PrepCodeConfig.DefaultReviewIntervals))
                {
                    warn("reviewIntervals", "'reviewIntervals' does not change the schedule: reviews follow the setting prepcode.scheduler; " +
                        "for fixed intervals set prepcode.scheduler to \"fixed\" and prepcode.fixedIntervals");
                }

                return values;
            }
        }

        warn("reviewIntervals", "'reviewIntervals' must be a list of increasing whole days, e.g. [1, 3, 7, 14]; the default is used");
        return PrepCodeConfig.DefaultReviewIntervals;
    }

    private static bool TryGetString(JsonNode? node, out string text)
    {
        text = "";
        return node is JsonValue value && value.TryGetValue(out text!);
    }

    private static bool TryGetInt(JsonNode node, out int number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out number);
    }

    private static bool TryGetBool(JsonNode node, out bool flag)
    {
        flag = false;
        return node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False && value.TryGetValue(out flag);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
