using System.Globalization;
using PrepCode.Core.Scheduling;

namespace PrepCode.Server.Hosting;

/// <summary>The one-line review state shown above a topic or card.</summary>
internal static class LensText
{
    public static string For(ReviewState state, int reviews, DateOnly today)
    {
        if (state.DueDate is not { } due) return "New · not learned yet";
        var tail = $"{reviews} review{(reviews == 1 ? "" : "s")} · EF {state.EaseFactor.ToString("0.00", CultureInfo.InvariantCulture)}";
        if (state.RepeatToday && due <= today) return $"Again today · {tail}";
        if (due < today)
        {
            var late = today.DayNumber - due.DayNumber;
            return $"Overdue {late} day{(late == 1 ? "" : "s")} · {tail}";
        }
        if (due == today) return $"Due today · {tail}";
        if (due == today.AddDays(1)) return $"Next review tomorrow · {tail}";
        return $"Next review {due.ToString("ddd d MMM", CultureInfo.InvariantCulture)} · {tail}";
    }

    /// <summary>" · R 87 %" under FSRS (predicted recall now); empty otherwise.</summary>
    public static string Recall(double? retrievability) =>
        retrievability is { } r ? $" · R {Math.Round(r * 100).ToString("0", CultureInfo.InvariantCulture)} %" : "";
}
