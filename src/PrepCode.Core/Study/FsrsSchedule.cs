using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using LogEntry = PrepCode.Core.Storage.ReviewLogEntry;

namespace PrepCode.Core.Study;

/// <summary>
/// Choosing FSRS-6 (<c>prepcode.scheduler = "fsrs"</c>). Due dates and predicted recall then come from
/// <see cref="FsrsSchedule"/>, which is rebuilt from the review log; the SM-2 row of each item keeps being graded by
/// SM-2 underneath (so it always equals a replay of the log through <see cref="Sm2Scheduler"/>), and switching back to
/// "sm2" picks it up with nothing lost. Fuzz is off so a replay always gives the same due dates.
/// </summary>
public sealed class FsrsSchedulerChoice(FsrsSchedulerOptions? options = null) : IScheduler
{
    public const string SchedulerName = "fsrs";

    private static readonly Sm2Scheduler Sm2 = new();

    public string Name => SchedulerName;

    public FsrsSchedulerOptions Options { get; } = options ?? new FsrsSchedulerOptions { EnableFuzz = false };

    /// <summary>The SM-2 state kept underneath FSRS.</summary>
    public ReviewState Grade(ReviewState state, int quality, DateOnly reviewDay) => Sm2.Grade(state, quality, reviewDay);
}

/// <summary>
/// The FSRS card of every reviewed item, replayed from the review log (each grade's quality mapped to a rating by
/// <see cref="FsrsRatingMap.FromQuality"/>) and advanced by each new grade. Not thread-safe: the owner locks.
/// </summary>
public sealed class FsrsSchedule
{
    private readonly Dictionary<string, FsrsCardState> _cards;

    private FsrsSchedule(FsrsScheduler scheduler, Dictionary<string, FsrsCardState> cards)
    {
        Scheduler = scheduler;
        _cards = cards;
    }

    public FsrsScheduler Scheduler { get; }

    public IReadOnlyDictionary<string, FsrsCardState> Cards => _cards;

    public static FsrsSchedule Replay(FsrsParameters parameters, FsrsSchedulerOptions options, IEnumerable<LogEntry> log)
    {
        var scheduler = new FsrsScheduler(parameters, options);
        var cards = log
            .Where(e => e.UndoneAt is null)
            .GroupBy(e => e.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => FsrsReplay.Replay(scheduler, g.Select(ToReview)), StringComparer.Ordinal);
        return new FsrsSchedule(scheduler, cards);
    }

    public static FsrsReview ToReview(LogEntry e) => new(e.ReviewedAt, FsrsRatingMap.FromQuality(e.Quality));

    public FsrsCardState? CardOf(string id) => _cards.GetValueOrDefault(id);

    public void Apply(string id, int quality, DateTimeOffset time)
    {
        var card = _cards.GetValueOrDefault(id) ?? FsrsCardState.New(time);
        if (card.LastReview is { } last && time < last) time = last;
        _cards[id] = Scheduler.Review(card, FsrsRatingMap.FromQuality(quality), time).Card;
    }

    /// <summary>The SM-2 shaped view of an FSRS card: its due date is the study day of the FSRS due instant.</summary>
    public static ReviewState Project(ReviewState sm2, FsrsCardState card, StudyCalendar calendar, DateOnly today)
    {
        if (card.State == FsrsCardStatus.New || card.LastReview is not { } last) return sm2;
        var due = calendar.StudyDay(card.Due);
        var reviewed = calendar.StudyDay(last);
        return sm2 with
        {
            DueDate = due,
            LastReviewed = reviewed,
            IntervalDays = Math.Max(0, due.DayNumber - reviewed.DayNumber),
            // a learning or relearning step is "again today" only on the day of the review; from the next day it is overdue
            RepeatToday = (card.State is FsrsCardStatus.Learning or FsrsCardStatus.Relearning) && reviewed == today,
        };
    }
}
