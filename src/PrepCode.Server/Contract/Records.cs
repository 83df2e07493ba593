namespace PrepCode.Server.Contract;

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

/// <summary>Where an item is: file URI and range of its heading or card.</summary>
public sealed record Location(string Uri, Range Range);

/// <summary>SM-2 (or fixed-interval) state. <see cref="DueDate"/> is null for a new item.</summary>
public sealed record ReviewStateDto(
    string Status,            // "new" | "learning" (repeat today) | "review"
    int Repetitions,
    double EaseFactor,
    int IntervalDays,
    string? DueDate,
    string? LastReviewed,
    int Lapses);

public sealed record DueItem(
    string Id,
    string Kind,              // "topic" | "card"
    string Title,             // topic title or card question
    string NotePath,          // workspace-relative
    Location Location,
    string? Domain,
    string? Track,
    ReviewStateDto State,
    int DaysOverdue,
    double? Retrievability = null,  // predicted recall now (0-1) when the item's group is scheduled by FSRS; omitted otherwise
    FsrsStateDto? Fsrs = null);     // FSRS memory state then; omitted otherwise

/// <summary>An item's FSRS memory: stability in days (recall falls to 90 % after it) and difficulty 1-10.</summary>
public sealed record FsrsStateDto(double Stability, double Difficulty);

/// <param name="NewLimit">New items listed at most (default 200).</param>
/// <param name="Limit">Overdue, today and upcoming items listed at most, each (default 200); <see cref="DueCounts"/> counts all.</param>
public sealed record DueItemsRequest(int? UpcomingDays = null, int? NewLimit = null, string? Track = null, int? Limit = null);

public sealed record DueCounts(int Overdue, int Today, int Upcoming, int New)
{
    public int Due => Overdue + Today;
}

public sealed record GroupCount(string Key, int Count);

/// <summary>Counts of overdue + today items grouped three ways.</summary>
public sealed record DueGroups(IReadOnlyList<GroupCount> ByNote, IReadOnlyList<GroupCount> ByDomain, IReadOnlyList<GroupCount> ByTrack);

public sealed record DueItemsResponse(
    string Today,
    IReadOnlyList<DueItem> Overdue,
    IReadOnlyList<DueItem> DueToday,
    IReadOnlyList<DueItem> Upcoming,
    IReadOnlyList<DueItem> New,
    DueCounts Counts,
    DueGroups Groups);

public sealed record ItemRequest(string Id);

public sealed record ReviewLogEntryDto(
    long Id,
    string ReviewedAt,
    int Quality,
    double? Percent,
    int? DurationMs,
    ReviewStateDto Before,
    ReviewStateDto After,
    bool Undone);

public sealed record ItemDetails(
    DueItem Item,
    string Question,
    string? Answer,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> PracticeQuestions,
    IReadOnlyList<ReviewLogEntryDto> History);

/// <summary>Exactly one of <see cref="Quality"/> (0-5) or <see cref="Percent"/> (0-100) is given.</summary>
public sealed record GradeRequest(string Id, int? Quality = null, double? Percent = null, int? DurationMs = null);

public sealed record GradeResponse(string Id, int Quality, ReviewStateDto Before, ReviewStateDto After, long ReviewId);

public sealed record UndoRequest;

public sealed record UndoResponse(string Id, ReviewStateDto Restored, long ReviewId);

public sealed record StatsRequest(int? Days = null);

public sealed record DayCount(string Date, int Count);

public sealed record StatsResponse(
    int Total,
    int New,
    int Learning,
    int Review,
    int DueNow,
    IReadOnlyList<DayCount> ReviewsPerDay);

public sealed record ReindexRequest;

public sealed record ReindexResponse(int Notes, int Items, int Diagnostics, int Reparsed);

public sealed record NoteItemsRequest(string Uri);

public sealed record NoteItemsResponse(string NotePath, IReadOnlyList<DueItem> Items);

/// <summary><see cref="Methods.IndexProgress"/>: notes indexed so far; <see cref="Finished"/> on the last one.</summary>
public sealed record IndexProgress(int Done, int Total, bool Finished);
