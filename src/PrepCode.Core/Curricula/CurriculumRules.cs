using System.Text.RegularExpressions;

namespace PrepCode.Core.Curricula;

/// <summary>
/// The fixed numbers and names of the curriculum format.
/// Errors (the track is not loaded): YAML syntax, a missing or empty required field, a wrong type, an id that is
/// not kebab-case, an unknown group or practice type, days that do not run 1..N (gap, repeat, number below 1),
/// a track or day without days or topics, a topic id used twice, a notes path that is absolute or leaves the
/// track folder. Warnings (the track loads): fewer than <see cref="MinKeyPoints"/> key points or
/// <see cref="MinPractice"/> practice questions, a missing notes file, a missing description, unknown keys,
/// days listed out of order, a track id that differs from its folder name.
/// </summary>
public static partial class CurriculumRules
{
    public const int MinKeyPoints = 4;
    public const int MinPractice = 4;
    public const string FileName = "curriculum.yaml";

    public static readonly IReadOnlyList<string> TrackKeys = ["id", "title", "group", "description", "days"];
    public static readonly IReadOnlyList<string> DayKeys = ["day", "title", "topics"];
    public static readonly IReadOnlyList<string> TopicKeys = ["id", "title", "domain", "notes", "key_points", "practice"];
    public static readonly IReadOnlyList<string> PracticeKeys = ["type", "question", "answer"];

    /// <summary>Lower-case words of letters and digits joined by single hyphens: <c>swe-sliding-window</c>.</summary>
    public static bool IsKebabCase(string id) => KebabCase().IsMatch(id);

    /// <summary>Parses "ML" or "SWE" (any case).</summary>
    public static bool TryParseGroup(string text, out TrackGroup group) =>
        Enum.TryParse(text, ignoreCase: true, out group) && Enum.IsDefined(group) && !char.IsDigit(text[0]);

    /// <summary>Parses a practice type name (any case): concept, tradeoff, derivation, estimation, scenario, coding.</summary>
    public static bool TryParsePracticeType(string text, out PracticeType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !char.IsDigit(text[0]);

    public static string PracticeTypeNames => string.Join(", ", Enum.GetNames<PracticeType>().Select(n => n.ToLowerInvariant()));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
