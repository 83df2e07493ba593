using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Study;

/// <summary>
/// An <see cref="FsrsSchedule"/>'s cards by <see cref="ScheduleTable"/> slot, with what the due query needs of each:
/// the study day the card is due (<see cref="ScheduleTable.NoDue"/> when <see cref="FsrsSchedule.Project"/> keeps the
/// SM-2 date), and the stability and last review that give its predicted recall. Recall depends on whole days since
/// the last review, so it is kept per slot with the day count it was computed for; a projected state is kept with the
/// SM-2 state and day it was projected from. Built once per replayed schedule and calendar, updated per grade
/// (<see cref="Set"/>). Not thread-safe: the owner locks.
/// </summary>
internal sealed class FsrsSlots
{
    private FsrsCardState?[] _cards = [];
    private int[] _dueDays = [];
    private double[] _stabilities = [];
    private long[] _lastReviewTicks = [];
    private int[] _recallDays = [];
    private double[] _recalls = [];
    private ReviewState?[] _projected = [];
    private ReviewState?[] _projectedFrom = [];
    private int[] _projectedDays = [];

    private FsrsSlots(FsrsSchedule schedule, StudyCalendar calendar)
    {
        Schedule = schedule;
        Calendar = calendar;
    }

    public FsrsSchedule Schedule { get; }
    public StudyCalendar Calendar { get; }

    public static FsrsSlots Build(FsrsSchedule schedule, StudyCalendar calendar, ScheduleTable table)
    {
        var result = new FsrsSlots(schedule, calendar);
        foreach (var (id, card) in schedule.Cards) result.Set(table.Slot(id), card);
        return result;
    }

    public void Set(int slot, FsrsCardState? card)
    {
        if (slot >= _cards.Length)
        {
            var size = Math.Max(1024, Math.Max(slot + 1, _cards.Length * 2));
            var old = _dueDays.Length;
            Array.Resize(ref _cards, size);
            Array.Resize(ref _dueDays, size);
            Array.Resize(ref _stabilities, size);
            Array.Resize(ref _lastReviewTicks, size);
            Array.Resize(ref _recallDays, size);
            Array.Resize(ref _recalls, size);
            Array.Resize(ref _projected, size);
            Array.Resize(ref _projectedFrom, size);
            Array.Resize(ref _projectedDays, size);
            _dueDays.AsSpan(old).Fill(ScheduleTable.NoDue);
            _stabilities.AsSpan(old).Fill(double.NaN);
        }
        _cards[slot] = card;
        var projected = card is not null && card.State != FsrsCardStatus.New && card.LastReview is not null;
        _dueDays[slot] = projected ? Calendar.StudyDay(card!.Due).DayNumber : ScheduleTable.NoDue;
        var memory = card?.Memory is { } m && card.LastReview is not null;
        _stabilities[slot] = memory ? card!.Stability!.Value : double.NaN;
        _lastReviewTicks[slot] = memory ? card!.LastReview!.Value.UtcTicks : 0;
        _recallDays[slot] = -1;
        _projectedFrom[slot] = null;
    }

    /// <summary><see cref="FsrsSchedule.Project"/> of the slot's card over <paramref name="sm2"/>; <paramref name="sm2"/> without a card.</summary>
    public ReviewState Project(int slot, ReviewState sm2, DateOnly today)
    {
        if (slot >= _cards.Length || _cards[slot] is not { } card) return sm2;
        if (!ReferenceEquals(_projectedFrom[slot], sm2) || _projectedDays[slot] != today.DayNumber)
        {
            _projected[slot] = FsrsSchedule.Project(sm2, card, Calendar, today);
            _projectedFrom[slot] = sm2;
            _projectedDays[slot] = today.DayNumber;
        }
        return _projected[slot]!;
    }

    /// <summary>The FSRS memory state (stability, difficulty) of a slot's card; null without one.</summary>
    public FsrsMemoryState? Memory(int slot) => slot < _cards.Length ? _cards[slot]?.Memory : null;

    /// <summary>The FSRS due day of a slot, or <paramref name="sm2Due"/> when the card does not replace it.</summary>
    public int DueDay(int slot, int sm2Due) => slot < _dueDays.Length && _dueDays[slot] != ScheduleTable.NoDue ? _dueDays[slot] : sm2Due;

    /// <summary>Predicted recall at <paramref name="now"/> (as <see cref="FsrsScheduler.Retrievability"/>); null without a card.</summary>
    public double? Recall(int slot, DateTimeOffset now)
    {
        if (slot >= _stabilities.Length || double.IsNaN(_stabilities[slot])) return null;
        var days = FsrsMemory.ElapsedDays(new DateTimeOffset(_lastReviewTicks[slot], TimeSpan.Zero), now);
        if (_recallDays[slot] != days)
        {
            _recalls[slot] = Schedule.Scheduler.Memory.Retrievability(days, _stabilities[slot]);
            _recallDays[slot] = days;
        }
        return _recalls[slot];
    }
}
