using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Tests.Scheduling;

public class Sm2SchedulerTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);
    private readonly Sm2Scheduler _sm2 = new();

    [Theory]
    // q, EF after, reps, interval, due offset, repeat today
    [InlineData(5, 2.6, 1, 1, 1, false)]
    [InlineData(4, 2.5, 1, 1, 1, false)]
    [InlineData(3, 2.36, 1, 1, 0, true)]
    [InlineData(2, 2.5, 0, 1, 0, true)]
    [InlineData(1, 2.5, 0, 1, 0, true)]
    [InlineData(0, 2.5, 0, 1, 0, true)]
    public void A_first_grade_of_a_new_item_follows_the_published_formula(int q, double ef, int reps, int interval, int dueOffset, bool repeat)
    {
        var s = _sm2.Grade(ReviewState.New, q, Day);
        Assert.Equal(ef, s.EaseFactor, 6);
        Assert.Equal(reps, s.Repetitions);
        Assert.Equal(interval, s.IntervalDays);
        Assert.Equal(Day.AddDays(dueOffset), s.DueDate);
        Assert.Equal(repeat, s.RepeatToday);
        Assert.Equal(Day, s.LastReviewed);
    }

    [Fact]
    public void Intervals_run_1_then_6_then_previous_times_EF_rounded_up()
    {
        var s = ReviewState.New;
        var day = Day;
        var intervals = new List<int>();
        var efs = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            s = _sm2.Grade(s, 5, day);
            intervals.Add(s.IntervalDays);
            efs.Add(s.EaseFactor);
            day = s.DueDate!.Value;
        }
        Assert.Equal([1, 6, 17, 50], intervals);      // 6 × 2.8 = 16.8 → 17; 17 × 2.9 = 49.3 → 50
        Assert.Equal([2.6, 2.7, 2.8, 2.9], efs);
    }

    [Fact]
    public void Good_grades_keep_EF_at_2_5_and_round_half_intervals_up()
    {
        var s = ReviewState.New;
        var day = Day;
        var intervals = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            s = _sm2.Grade(s, 4, day);
            intervals.Add(s.IntervalDays);
            day = s.DueDate!.Value;
        }
        Assert.Equal([1, 6, 15, 38], intervals);       // 15 × 2.5 = 37.5 → 38
        Assert.Equal(2.5, s.EaseFactor);
        Assert.Equal(Day.AddDays(1 + 6 + 15 + 38), s.DueDate);
    }

    [Fact]
    public void EF_never_falls_below_1_3()
    {
        var expected = new[] { 2.36, 2.22, 2.08, 1.94, 1.8, 1.66, 1.52, 1.38, 1.3, 1.3 };
        var s = ReviewState.New;
        var day = Day;
        foreach (var ef in expected)
        {
            s = _sm2.Grade(s, 3, day);
            Assert.Equal(ef, s.EaseFactor, 6);
            s = _sm2.Grade(s, 4, day);                  // same-day repeat releases it, EF untouched
            Assert.Equal(ef, s.EaseFactor, 6);
            day = s.DueDate!.Value;
        }
    }

    [Fact]
    public void A_grade_below_3_restarts_repetitions_from_one_day_and_keeps_EF()
    {
        var s = ReviewState.New;
        var day = Day;
        for (var i = 0; i < 3; i++) { s = _sm2.Grade(s, 5, day); day = s.DueDate!.Value; }
        Assert.Equal(17, s.IntervalDays);

        var lapsed = _sm2.Grade(s, 2, day);
        Assert.Equal(0, lapsed.Repetitions);
        Assert.Equal(1, lapsed.IntervalDays);
        Assert.Equal(s.EaseFactor, lapsed.EaseFactor);
        Assert.Equal(1, lapsed.Lapses);
        Assert.Equal(day, lapsed.DueDate);               // comes back the same day
        Assert.Equal(ReviewStatus.Learning, lapsed.Status);

        var next = _sm2.Grade(_sm2.Grade(lapsed, 4, day), 4, day.AddDays(1));
        Assert.Equal(1, next.Repetitions);
        Assert.Equal(1, next.IntervalDays);              // I(1) again
    }

    [Fact]
    public void Items_below_4_come_back_the_same_day_until_they_reach_4()
    {
        var s = _sm2.Grade(ReviewState.New, 3, Day);
        Assert.True(s.IsDueOn(Day));
        var again = _sm2.Grade(s, 3, Day);
        Assert.Equal(s, again);                          // a repeat below 4 changes nothing
        var released = _sm2.Grade(again, 4, Day);
        Assert.False(released.RepeatToday);
        Assert.Equal(2.36, released.EaseFactor, 6);      // only the day's first grade moves EF
        Assert.Equal(Day.AddDays(1), released.DueDate);
        Assert.False(released.IsDueOn(Day));
    }

    [Fact]
    public void An_unfinished_repeat_is_overdue_the_next_day_and_counts_as_a_new_repetition()
    {
        var s = _sm2.Grade(ReviewState.New, 3, Day);
        Assert.True(s.IsDueOn(Day.AddDays(1)));
        var next = _sm2.Grade(s, 5, Day.AddDays(1));
        Assert.Equal(2, next.Repetitions);
        Assert.Equal(6, next.IntervalDays);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void A_grade_outside_0_to_5_is_refused(int q) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _sm2.Grade(ReviewState.New, q, Day));
}
