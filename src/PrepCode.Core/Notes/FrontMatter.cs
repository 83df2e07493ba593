namespace PrepCode.Core.Notes;

/// <summary>The YAML front matter fields PrepCode reads. Unknown keys are kept in <see cref="Extra"/> as text.</summary>
public sealed record FrontMatter(
    string? Id,
    string? Domain,
    double? Weight,
    string? Track,
    IReadOnlyList<string> Tags,
    bool Prep,
    bool PrepPlan,
    IReadOnlyDictionary<string, string> Extra)
{
    public static readonly FrontMatter Empty = new(null, null, null, null, [], true, false, new Dictionary<string, string>());
}
