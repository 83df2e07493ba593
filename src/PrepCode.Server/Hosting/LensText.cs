using System.Globalization;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;
using PrepCode.Core.Study;

namespace PrepCode.Server.Hosting;

/// <summary>The one-line review state shown above a topic or card.</summary>
internal static class LensText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Under SM-2 "Due today · 3 reviews · EF 2.36"; under FSRS "Due today · 3 reviews · R 87 % · stability 12.3 d · difficulty 5.1".</summary>
    public static string For(ScheduleView view, int reviews, DateOnly today)
    {
        var state = view.State;
        if (state.DueDate is not { } due) return "New · not learned yet";
        var count = $"{reviews} review{(reviews == 1 ? "" : "s")}";
        var tail = view.Retrievability is { } r ? $"{count} · {Recall(r)}{Memory(view.Memory)}" : $"{count} · EF {state.EaseFactor.ToString("0.00", C)}";
        if (state.RepeatToday && due <= today) return $"Again today · {tail}";
        if (due < today)
        {
            var late = today.DayNumber - due.DayNumber;
            return $"Overdue {late} day{(late == 1 ? "" : "s")} · {tail}";
        }
        if (due == today) return $"Due today · {tail}";
        if (due == today.AddDays(1)) return $"Next review tomorrow · {tail}";
        return $"Next review {due.ToString("ddd d MMM", C)} · {tail}";
    }

    /// <summary>"R 87 %": predicted recall now.</summary>
    public static string Recall(double retrievability) => $"R {Math.Round(retrievability * 100).ToString("0", C)} %";

    /// <summary>" · stability 12.3 d · difficulty 5.1"; empty without a memory state.</summary>
    private static string Memory(FsrsMemoryState? memory) =>
        memory is { } m ? $" · stability {FsrsMemoryText.Stability(m.Stability)} · difficulty {FsrsMemoryText.Difficulty(m.Difficulty)}" : "";
}
