namespace PrepCode.Server.Contract;

/// <summary>
/// Knowledge checks, plan files, topic completion, readiness and coverage checks (served by ChecksHandler).
/// Every file change is computed here against the document's version and sent to the editor as one
/// <c>workspace/applyEdit</c>; a refused edit (stale version) fails the request with <see cref="ErrorCodes.StaleVersion"/>.
/// extension/src/sidecar/protocol.checks.ts mirrors this file.
/// </summary>
public interface IPrepCodeChecks
{
    /// <summary><c>prepcode/startCheck</c>: compose a check and write it into the day's check file (created or appended to).</summary>
    Task<StartCheckResponse> StartCheckAsync(StartCheckRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/scoreCheck</c>: write a suggested <c>Score: n % — missed: …</c> line under each answer that has none.</summary>
    Task<ScoreCheckResponse> ScoreCheckAsync(CheckFileRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/commitCheck</c>: grade every question once (a second commit records nothing), write the Results Summary, update the plan.</summary>
    Task<CommitCheckResponse> CommitCheckAsync(CheckFileRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/uncommitCheck</c>: restore the schedule from before the check's commit, remove the check's
    /// Results Summary from its file (one editor edit; answers and score lines stay) and refresh the plan's Quick Stats
    /// and readiness. A refused file edit (4002) changes nothing.</summary>
    Task<UncommitCheckResponse> UncommitCheckAsync(CheckFileRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/completeTopic</c>: record a studied topic (difficulty 1-5), schedule its first review, update the plan.</summary>
    Task<CompleteTopicResponse> CompleteTopicAsync(CompleteTopicRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/readiness</c>: interview readiness per domain and overall.</summary>
    Task<ReadinessResponse> ReadinessAsync(ReadinessRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/insertQuizPrompt</c>: insert a Quiz block for the topic under the cursor.</summary>
    Task<InsertQuizResponse> InsertQuizPromptAsync(InsertQuizRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/writeCoverageCheck</c>: create a Know / Unsure / Dunno checklist for a domain, track or everything.</summary>
    Task<WriteCoverageResponse> WriteCoverageCheckAsync(WriteCoverageRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/readCoverageCheck</c>: baseline percent and gaps (Dunno first, then Unsure).</summary>
    Task<ReadCoverageResponse> ReadCoverageCheckAsync(CheckFileRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/scheduleCoverageGaps</c>: grade unscheduled gaps as new items (Dunno q=2, Unsure q=3).</summary>
    Task<ScheduleGapsResponse> ScheduleCoverageGapsAsync(CheckFileRequest request, CancellationToken cancellationToken);
}

public static partial class Methods
{
    public const string StartCheck = "prepcode/startCheck";
    public const string ScoreCheck = "prepcode/scoreCheck";
    public const string CommitCheck = "prepcode/commitCheck";
    public const string UncommitCheck = "prepcode/uncommitCheck";
    public const string CompleteTopic = "prepcode/completeTopic";
    public const string Readiness = "prepcode/readiness";
    public const string InsertQuizPrompt = "prepcode/insertQuizPrompt";
    public const string WriteCoverageCheck = "prepcode/writeCoverageCheck";
    public const string ReadCoverageCheck = "prepcode/readCoverageCheck";
    public const string ScheduleCoverageGaps = "prepcode/scheduleCoverageGaps";
}

public static partial class Commands
{
    /// <summary>Args: [checkFileUri, checkId]. Code lens "Score answers".</summary>
    public const string ScoreCheck = "prepcode.scoreCheck";

    /// <summary>Args: [checkFileUri, checkId]. Code lens "Commit scores".</summary>
    public const string CommitCheck = "prepcode.commitCheck";

    /// <summary>Args: [checkFileUri, checkId]. Code lens "Uncommit".</summary>
    public const string UncommitCheck = "prepcode.uncommitCheck";

    /// <summary>Args: [itemId] or [itemId, difficulty 1-5, note?]. VS Code asks with a QuickPick (middleware); other editors get a message with 1-5.</summary>
    public const string CompleteTopic = "prepcode.completeTopic";

    /// <summary>Args: [coverageFileUri]. Code lens "Read coverage check": shows baseline and gaps, offers to schedule them.</summary>
    public const string ReadCoverage = "prepcode.readCoverage";

    public static readonly IReadOnlyList<string> ChecksAll = [ScoreCheck, CommitCheck, UncommitCheck, CompleteTopic, ReadCoverage];
}

/// <summary>Which items a check or coverage check draws from. Kind: "everything" | "note" (value: a note URI) | "track" | "domain".</summary>
public sealed record CheckScopeDto(string Kind, string? Value = null);

public sealed record StartCheckRequest(int? Count = null, CheckScopeDto? Scope = null, bool? ReviewsOnly = null);

/// <summary><see cref="Line"/>: the 0-based line of the new check's section heading in the check file.</summary>
public sealed record StartCheckResponse(string CheckId, string Uri, int Line, int NewQuestions, int ReviewQuestions, string Message);

/// <summary>A check or coverage file; <see cref="CheckId"/> ("2026-11-22#1") null means the file's last check.</summary>
public sealed record CheckFileRequest(string Uri, string? CheckId = null);

public sealed record ScoreCheckResponse(string CheckId, int Scored, string Message);

public sealed record CommitCheckResponse(string CheckId, bool AlreadyCommitted, int Graded, double? OverallPercent, string? Letter,
    string Message, string? PlanMessage);

/// <summary><see cref="SummaryRemoved"/>: the check file's Results Summary was taken out. <see cref="PlanMessage"/>: what
/// happened to the plan (Quick Stats and readiness recomputed; ticks and Session History kept), null without a plan.</summary>
public sealed record UncommitCheckResponse(string CheckId, int Restored, IReadOnlyList<string> Blocked, bool SummaryRemoved, string Message,
    string? PlanMessage);

public sealed record CompleteTopicRequest(string ItemId, int Difficulty, string? Note = null);

public sealed record CompleteTopicResponse(string ItemId, int Quality, ReviewStateDto After, string Message, string? PlanMessage);

public sealed record ReadinessRequest;

public sealed record DomainReadinessDto(string Domain, double? Weight, int Items, int Learned, double Percent);

public sealed record ReadinessResponse(double OverallPercent, IReadOnlyList<DomainReadinessDto> Domains);

public sealed record InsertQuizRequest(string Uri, Position Position);

public sealed record InsertQuizResponse(string TopicId, string Message);

public sealed record WriteCoverageRequest(CheckScopeDto? Scope = null);

public sealed record WriteCoverageResponse(string Uri, int Topics, string Message);

/// <summary>Answer: "dunno" | "unsure".</summary>
public sealed record CoverageGapDto(string ItemId, string Title, string Answer);

public sealed record ReadCoverageResponse(int Know, int Unsure, int Dunno, int Blank, double BaselinePercent, double KnowPercent,
    IReadOnlyList<CoverageGapDto> Gaps, string Message);

public sealed record ScheduleGapsResponse(int Scheduled, int AlreadyTracked, string Message);

/// <summary>Settings of knowledge checks and plan files.</summary>
public sealed partial record PrepCodeSettings
{
    /// <summary>Folder of check files, relative to the workspace root. Default "checks".</summary>
    public string? ChecksFolder { get; init; }

    /// <summary>The plan note to update (relative path); default: the first note with front matter <c>prep-plan: true</c>.</summary>
    public string? PlanFile { get; init; }

    /// <summary>A domain scoring below this percent in a check gets a remedial task in the plan. Default 80.</summary>
    public double? RemedialThreshold { get; init; }
}
