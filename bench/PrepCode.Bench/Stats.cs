using System.Diagnostics;

namespace PrepCode.Bench;

internal static class Stats
{
    public static (double P50, double P95) Percentiles(List<double> ms)
    {
        ms.Sort();
        return (ms[ms.Count / 2], ms[(int)Math.Ceiling(ms.Count * 0.95) - 1]);
    }

    public static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    public static (double P50, double P95) Repeat(int n, Action action)
    {
        for (var i = 0; i < Math.Min(10, n); i++) action(); // warm-up
        var ms = new List<double>(n);
        for (var i = 0; i < n; i++) ms.Add(Time(action));
        return Percentiles(ms);
    }
}
