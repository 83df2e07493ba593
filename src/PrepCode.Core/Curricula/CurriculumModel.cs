namespace PrepCode.Core.Curricula;

/// <summary>The two track groups. Each group keeps its own progress, reviews and history (seed 001).</summary>
public enum TrackGroup { ML, SWE }

/// <summary>What kind of answer a practice question asks for.</summary>
public enum PracticeType { Concept, Tradeoff, Derivation, Estimation, Scenario, Coding }

/// <summary>
/// One study track loaded from a <c>curriculum.yaml</c>. <see cref="SourcePath"/> is the YAML file;
/// <see cref="IsShipped"/> is false for tracks found in the workspace (they override shipped ones with the same id).
/// </summary>
public sealed record Curriculum(
    string Id,
    string Title,
    TrackGroup Group,
    string Description,
    IReadOnlyList<CurriculumDay> Days,
    string SourcePath,
    bool IsShipped)
{
    /// <summary>Every topic of every day, in day order.</summary>
    public IEnumerable<CurriculumTopic> Topics => Days.SelectMany(d => d.Topics);

    /// <summary>The day with this 1-based number, or null when the track has no such day.</summary>
    public CurriculumDay? DayOrNull(int number) =>
        number >= 1 && number <= Days.Count ? Days[number - 1] : null;
}

/// <summary>One day of a track: <see cref="Number"/> runs 1..N without gaps.</summary>
public sealed record CurriculumDay(int Number, string Title, IReadOnlyList<CurriculumTopic> Topics);

/// <summary>
/// One topic of a day. <see cref="Id"/> is unique across all loaded tracks and equals the explicit heading id
/// (<c>{#id}</c>) in the topic's notes file. <see cref="NotesPath"/> is the full path of that file, or null.
/// </summary>
public sealed record CurriculumTopic(
    string Id,
    string Title,
    string Domain,
    string? NotesPath,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<PracticeItem> Practice,
    int Day,
    string TrackId);

/// <summary>A practice question with an optional short model answer.</summary>
public sealed record PracticeItem(PracticeType Type, string Question, string? Answer);
