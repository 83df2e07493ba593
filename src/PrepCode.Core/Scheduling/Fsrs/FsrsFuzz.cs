namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// Interval fuzz as the reference schedulers apply it to Review intervals. Intervals under 2.5 days are left alone.
/// Otherwise the spread is delta = 1 + 0.15·(days in 2.5-7) + 0.10·(days in 7-20) + 0.05·(days above 20), so every
/// range contributes only the part of the interval inside it and the spread is at least one day. The fuzzed interval is
/// drawn uniformly (whole days, as Anki does) from [round(I − delta), round(I + delta)], lower end at least 2, upper end at most the maximum.
/// </summary>
public static class FsrsFuzz
{
    private static readonly (double Start, double End, double Factor)[] Ranges =
    [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.10),
        (20.0, double.PositiveInfinity, 0.05),
    ];

    public static (int Min, int Max) Range(int intervalDays, int maximumInterval)
    {
        var delta = 1.0;
        foreach (var (start, end, factor) in Ranges)
            delta += factor * Math.Max(Math.Min(intervalDays, end) - start, 0);
        var min = Math.Max(2, (int)Math.Round(intervalDays - delta, MidpointRounding.ToEven));
        var max = Math.Min((int)Math.Round(intervalDays + delta, MidpointRounding.ToEven), maximumInterval);
        return (Math.Min(min, max), max);
    }

    public static int Apply(int intervalDays, int maximumInterval, Random random)
    {
        if (intervalDays < 2.5) return intervalDays;
        var (min, max) = Range(intervalDays, maximumInterval);
        var drawn = min + (int)Math.Floor(random.NextDouble() * (max - min + 1));
        return Math.Min(drawn, max);
    }
}
