using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Storage;

/// <summary>Schedule of one item plus what is needed to re-attach it after a rename or move.</summary>
public sealed record StoredItemState(string ItemId, ReviewState State, string Scheduler, string? NotePath, string? TitleKey, string? ContentKey);

/// <summary>One grade as written to the append-only review log.</summary>
public sealed record ReviewLogEntry(
    long Id,
    string ItemId,
    DateTimeOffset ReviewedAt,
    DateOnly StudyDay,
    int Quality,
    double? Percent,
    int? DurationMs,
    string Scheduler,
    string Source,
    ReviewState Before,
    ReviewState After,
    DateTimeOffset? UndoneAt);

/// <summary>A grade to record: the log entry and the new state are written in one transaction.</summary>
public sealed record GradeRecord(
    string ItemId,
    DateTimeOffset ReviewedAt,
    DateOnly StudyDay,
    int Quality,
    double? Percent,
    int? DurationMs,
    string Scheduler,
    string Source,
    ReviewState Before,
    ReviewState After,
    string? NotePath,
    string? TitleKey,
    string? ContentKey);
