using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Checks;

/// <summary>
/// What a check is composed from. <see cref="Items"/> in index order; <see cref="States"/> the schedule (items never
/// graded are absent); <see cref="FirstGraded"/> the study day of each item's first grade that was not undone;
/// <see cref="PlannedToday"/> ids of topics the plan or curriculum schedules for today (cards of those topics count too).
/// </summary>
public sealed record CheckInputs(
    IReadOnlyList<StudyItem> Items,
    IReadOnlyDictionary<string, ReviewState> States,
    IReadOnlyDictionary<string, DateOnly> FirstGraded,
    IReadOnlyCollection<string> PlannedToday,
    DateOnly Today);
