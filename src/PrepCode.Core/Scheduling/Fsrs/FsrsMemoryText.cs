using System.Globalization;

namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>How stability and difficulty are written in lenses and the terminal (the extension's recallText.ts mirrors it).</summary>
public static class FsrsMemoryText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>"12.3 d" (one decimal below 100 days), "245 d", "6 h" below a day, "10 min" below an hour.</summary>
    public static string Stability(double days) => days switch
    {
        >= 100 => $"{days.ToString("0", C)} d",
        >= 1 => $"{days.ToString("0.0", C)} d",
        >= 1.0 / 24 => $"{Math.Round(days * 24).ToString("0", C)} h",
        _ => $"{Math.Max(1, Math.Round(days * 1440)).ToString("0", C)} min",
    };

    /// <summary>"5.1" (1-10).</summary>
    public static string Difficulty(double difficulty) => difficulty.ToString("0.0", C);
}
