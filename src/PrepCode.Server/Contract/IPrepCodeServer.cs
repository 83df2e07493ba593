namespace PrepCode.Server.Contract;

/// <summary>
/// Every PrepCode-specific JSON-RPC method the sidecar serves. Standard LSP methods (initialize, didOpen, codeLens,
/// executeCommand, ...) are in <see cref="ILanguageServer"/>. extension/src/sidecar/protocol.ts mirrors this file.
/// Names on the wire are camelCase; dates are ISO-8601 ("2026-11-22"); times are ISO-8601 with offset.
/// </summary>
public partial interface IPrepCodeServer
{
    /// <summary><c>prepcode/dueItems</c>: overdue, today, upcoming and new items with counts and group counts.</summary>
    Task<DueItemsResponse> DueItemsAsync(DueItemsRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/item</c>: one item with its answer, key points, location and review history.</summary>
    Task<ItemDetails> ItemAsync(ItemRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/grade</c>: grade one item with an SM-2 quality (0-5) or a percent score.</summary>
    Task<GradeResponse> GradeAsync(GradeRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/undoLastGrade</c>: restore the state before the most recent grade that is not undone.</summary>
    Task<UndoResponse> UndoLastGradeAsync(UndoRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/stats</c>: items per state and reviews per day.</summary>
    Task<StatsResponse> StatsAsync(StatsRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/noteItems</c>: the study items of one note (a path outside the workspace is refused).</summary>
    Task<NoteItemsResponse> NoteItemsAsync(NoteItemsRequest request, CancellationToken cancellationToken);

    /// <summary><c>prepcode/reindex</c>: walk the workspace again and re-parse what changed.</summary>
    Task<ReindexResponse> ReindexAsync(ReindexRequest request, CancellationToken cancellationToken);
}

/// <summary>Method names on the wire.</summary>
public static partial class Methods
{
    public const string DueItems = "prepcode/dueItems";
    public const string Item = "prepcode/item";
    public const string Grade = "prepcode/grade";
    public const string UndoLastGrade = "prepcode/undoLastGrade";
    public const string Stats = "prepcode/stats";
    public const string Reindex = "prepcode/reindex";
    public const string NoteItems = "prepcode/noteItems";

    /// <summary>Notification, server to client, whenever due counts may have changed. Params: <see cref="DueCounts"/>.</summary>
    public const string DueChanged = "prepcode/dueChanged";

    /// <summary>Notification, server to client, while the workspace is indexed. Params: <see cref="IndexProgress"/>.</summary>
    public const string IndexProgress = "prepcode/indexProgress";
}

/// <summary>Commands served through <c>workspace/executeCommand</c> (used by code lenses).</summary>
public static partial class Commands
{
    /// <summary>Args: [itemId]. In VS Code the extension runs its own review flow; other editors get a showMessageRequest with Again/Hard/Good/Easy.</summary>
    public const string ReviewItem = "prepcode.reviewItem";

    /// <summary>Args: [itemId, quality 0-5].</summary>
    public const string GradeItem = "prepcode.gradeItem";
}

/// <summary>The project's own JSON-RPC error codes: outside JSON-RPC's reserved -32768..-32000 (which StreamJsonRpc also
/// gives meanings of its own) and LSP's -32899..-32800.</summary>
public static class ErrorCodes
{
    public const int UnknownItem = 4001;
    public const int StaleVersion = 4002;
    public const int OutsideWorkspace = 4003;
    public const int InvalidArgument = 4004;
    public const int NothingToUndo = 4005;
    public const int NotInitialized = 4006;
}
