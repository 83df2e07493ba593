namespace PrepCode.Core.Checks;

public enum CheckScopeKind { Everything, Note, Track, Domain }

/// <summary>Which items a check draws from: every item, one note (workspace-relative path), one track id or one domain.
/// Track and domain compare case-insensitively with the note's front matter.</summary>
public sealed record CheckScope(CheckScopeKind Kind, string? Value)
{
    public static CheckScope Everything { get; } = new(CheckScopeKind.Everything, null);
    public static CheckScope Note(string path) => new(CheckScopeKind.Note, path);
    public static CheckScope Track(string id) => new(CheckScopeKind.Track, id);
    public static CheckScope Domain(string name) => new(CheckScopeKind.Domain, name);
}

/// <summary>
/// How to compose a check. <see cref="NewShare"/> of <see cref="Count"/> (rounded half away from zero: 7 of 10) comes
/// from new content, the rest from due and overdue items; a short side is filled from the other. With
/// <see cref="ReviewsOnly"/> every question is a review and nothing is filled from new content.
/// <see cref="RecentDays"/>: an item first graded within this many days before today (today included) counts as new content.
/// </summary>
public sealed record CheckOptions(
    int Count = 10,
    CheckScope? Scope = null,
    bool ReviewsOnly = false,
    int RecentDays = 3,
    double NewShare = 0.7)
{
    public CheckScope EffectiveScope => Scope ?? CheckScope.Everything;
}
