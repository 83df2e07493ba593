namespace PrepCode.Server.Contract;

/// <summary>
/// Tracks, the Today view, review plans and history (issue 5). A separate interface from <see cref="IPrepCodeServer"/>
/// so the handlers of other features need not implement these. extension/src/sidecar/protocol.tracks.ts mirrors this file.
/// </summary>
public interface ITracksServer
{
    /// <summary><c>prepcode/today</c>: the active group and today's topic of each active track in it.</summary>
    Task<TodayResponse> TodayAsync(TodayRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/setActiveGroup</c>: writes <c>activeGroup</c> to .prepcode/config.json (other keys are kept).</summary>
    Task<TodayResponse> SetActiveGroupAsync(SetActiveGroupRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/setTrackStart</c>: writes a track's start date and acceleration days to .prepcode/config.json.</summary>
    Task<TodayResponse> SetTrackStartAsync(SetTrackStartRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/reviewPlan</c>: the review type, questions and key points for reviewing a curriculum topic now.</summary>
    Task<ReviewPlanResponse> ReviewPlanAsync(ReviewPlanRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/history</c>: completions and reviews per day, knowledge-check scores, and the 30-day forecast.</summary>
    Task<HistoryResponse> HistoryAsync(HistoryRequest request, CancellationToken cancellationToken);
}

public static partial class Methods
{
    public const string Today = "prepcode/today";
    public const string SetActiveGroup = "prepcode/setActiveGroup";
    public const string SetTrackStart = "prepcode/setTrackStart";
    public const string ReviewPlan = "prepcode/reviewPlan";
    public const string History = "prepcode/history";
}

public sealed record TodayRequest;

/// <summary>"ML" or "SWE".</summary>
public sealed record SetActiveGroupRequest(string Group);

/// <summary><see cref="StartDate"/> is yyyy-MM-dd; <see cref="AccelerationDays"/> (0 or more) is kept when null.</summary>
public sealed record SetTrackStartRequest(string TrackId, string StartDate, int? AccelerationDays = null);

public sealed record PracticeDto(string Type, string Question, string? Answer);

/// <summary>One topic of today. <see cref="Location"/> is its heading in the notes when the notes are indexed.</summary>
public sealed record TodayTopic(
    string Id,
    string Title,
    string Domain,
    string? NotesUri,
    Location? Location,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<PracticeDto> Practice,
    bool IsStudyItem,
    bool Completed);

/// <summary>
/// One track today. <see cref="Status"/>: "notStarted" | "inProgress" | "finished" | "noStartDate".
/// <see cref="Message"/> says it in words, e.g. "Day 3 of 14: …" or "No topic for day 15: focus on reviews".
/// </summary>
public sealed record TrackToday(
    string Id,
    string Title,
    string Group,
    string? StartDate,
    int AccelerationDays,
    int? DayNumber,
    int Days,
    string Status,
    string Message,
    IReadOnlyList<TodayTopic> Topics);

/// <summary>Today (the study date), the active group, every group with tracks, and the active group's active tracks.</summary>
public sealed record TodayResponse(
    string Today,
    string ActiveGroup,
    IReadOnlyList<string> Groups,
    IReadOnlyList<TrackToday> Tracks,
    int CurriculumErrors);

public sealed record ReviewPlanRequest(string Id);

/// <summary><see cref="Type"/>: "quickRefresh" | "moderateDepth" | "fullRecall" | "longTermRetention".</summary>
public sealed record ReviewPlanResponse(
    string Id,
    string Type,
    int IntervalDays,
    IReadOnlyList<PracticeDto> Questions,
    IReadOnlyList<string> KeyPoints);

public sealed record HistoryRequest(int? Days = null, int? ForecastDays = null);

public sealed record DayScoreDto(string Date, double MeanPercent, int Answers);

public sealed record HistoryResponse(
    string Today,
    string ActiveGroup,
    IReadOnlyList<DayCount> Completions,
    IReadOnlyList<DayCount> Reviews,
    IReadOnlyList<DayScoreDto> CheckScores,
    IReadOnlyList<DayCount> Forecast);
