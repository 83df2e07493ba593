namespace PrepCode.Core.Scheduling;

public enum ReviewStatus { New, Learning, Review }

/// <summary>
/// The schedule of one item. Dates are study days (see <see cref="StudyCalendar"/>), not instants.
/// <see cref="RepeatToday"/> is set while an item graded below 4 must come back the same day (SM-2's step 7).
/// </summary>
public sealed record ReviewState(
    int Repetitions,
    double EaseFactor,
    int IntervalDays,
    DateOnly? DueDate,
    DateOnly? LastReviewed,
    int Lapses,
    bool RepeatToday)
{
    public const double InitialEaseFactor = 2.5;

    public static readonly ReviewState New = new(0, InitialEaseFactor, 0, null, null, 0, false);

    public ReviewStatus Status => DueDate is null ? ReviewStatus.New : RepeatToday ? ReviewStatus.Learning : ReviewStatus.Review;

    public bool IsDueOn(DateOnly today) => DueDate is { } due && due <= today;

    /// <summary>Days past the due date on <paramref name="today"/>; 0 when not overdue or new.</summary>
    public int DaysOverdue(DateOnly today) => DueDate is { } due && due < today ? today.DayNumber - due.DayNumber : 0;
}
