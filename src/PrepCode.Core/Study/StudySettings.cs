using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Study;

/// <summary>The settings that change how reviews are scheduled and shown. Immutable; replaced whole on a settings change.</summary>
public sealed record StudySettings(IScheduler Scheduler, PercentToQualityTable PercentTable, StudyCalendar Calendar, int UpcomingDays)
{
    public static StudySettings Default { get; } = new(new Sm2Scheduler(), PercentToQualityTable.Default, StudyCalendar.Local, 7);
}
