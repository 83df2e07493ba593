using PrepCode.Core.Curricula;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Study;

/// <summary>The settings that change how reviews are scheduled and shown. Immutable; replaced whole on a settings change.</summary>
/// <param name="Scheduler">The scheduler of every track group <paramref name="GroupSchedulers"/> does not name.</param>
/// <param name="GroupSchedulers">Per track group schedulers (<c>prepcode.scheduler: { "ML": "fsrs" }</c>); null: none.</param>
public sealed record StudySettings(IScheduler Scheduler, PercentToQualityTable PercentTable, StudyCalendar Calendar, int UpcomingDays,
    IReadOnlyDictionary<TrackGroup, IScheduler>? GroupSchedulers = null)
{
    public static StudySettings Default { get; } = new(new Sm2Scheduler(), PercentToQualityTable.Default, StudyCalendar.Local, 7);

    /// <summary>The scheduler of the items of <paramref name="group"/>.</summary>
    public IScheduler SchedulerOf(TrackGroup group) => GroupSchedulers?.GetValueOrDefault(group) ?? Scheduler;

    /// <summary>True when some group is scheduled by FSRS.</summary>
    public bool AnyFsrs => Scheduler is FsrsSchedulerChoice || (GroupSchedulers?.Values.Any(s => s is FsrsSchedulerChoice) ?? false);
}
