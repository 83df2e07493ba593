namespace PrepCode.Core.Scheduling;

/// <summary>
/// SM-2 as SuperMemo published it (1987). Interpretations made here, also listed in README.md:
/// <list type="bullet">
/// <item>The first grade of a study day is the repetition that counts. EF' = EF + (0.1 - (5-q)(0.08 + (5-q)0.02)),
/// floored at 1.3, applied for q ≥ 3. For q &lt; 3 the repetitions restart from I(1) and EF is left unchanged
/// ("start repetitions for the item from the beginning without changing the E-Factor").</item>
/// <item>I(1) = 1, I(2) = 6, I(n) = ceil(I(n-1) × EF'), using the E-Factor just updated.</item>
/// <item>A first grade below 4 keeps the item due the same day (<see cref="ReviewState.RepeatToday"/>). Further grades that
/// day change neither EF nor the interval; the first one ≥ 4 releases the item to its scheduled day, review day + interval.</item>
/// </list>
/// </summary>
public sealed class Sm2Scheduler : IScheduler
{
    public const double MinimumEaseFactor = 1.3;

    public string Name => "sm2";

    public ReviewState Grade(ReviewState state, int quality, DateOnly reviewDay)
    {
        Quality.Validate(quality);
        var sameDayRepeat = state.RepeatToday && state.LastReviewed == reviewDay;
        if (sameDayRepeat)
        {
            return quality >= 4
                ? state with { RepeatToday = false, DueDate = reviewDay.AddDays(state.IntervalDays) }
                : state;
        }

        ReviewState next;
        if (quality < 3)
        {
            next = state with { Repetitions = 0, IntervalDays = 1, Lapses = state.Lapses + (state.Repetitions > 0 ? 1 : 0) };
        }
        else
        {
            var ease = NextEaseFactor(state.EaseFactor, quality);
            var repetitions = state.Repetitions + 1;
            var interval = repetitions switch
            {
                1 => 1,
                2 => 6,
                _ => (int)Math.Ceiling(state.IntervalDays * ease - 1e-9),
            };
            next = state with { Repetitions = repetitions, EaseFactor = ease, IntervalDays = interval };
        }

        var repeat = quality < 4;
        return next with
        {
            LastReviewed = reviewDay,
            RepeatToday = repeat,
            DueDate = repeat ? reviewDay : reviewDay.AddDays(next.IntervalDays),
        };
    }

    /// <summary>EF' = EF + (0.1 - (5 - q)(0.08 + (5 - q)0.02)), never below 1.3. Rounded to 6 decimals so stored values stay exact.</summary>
    public static double NextEaseFactor(double ease, int quality)
    {
        var d = 5 - quality;
        var next = ease + (0.1 - d * (0.08 + d * 0.02));
        return Math.Round(Math.Max(MinimumEaseFactor, next), 6);
    }
}
