using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>The prepcode/* requests: due items, one item, grade, undo, stats, reindex.</summary>
internal sealed class StudyHandler(SessionHolder holder, ClientNotifier notifier, Indexer indexer) : IPrepCodeServer
{
    [JsonRpcMethod(Methods.DueItems, UseSingleObjectParameterDeserialization = true)]
    public async Task<DueItemsResponse> DueItemsAsync(DueItemsRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return RpcErrors.Guard(() =>
        {
            if (request.UpcomingDays is < 0 or > 365) throw new ArgumentException("Upcoming days must be 0 to 365.");
            if (request.Limit < 0 || request.NewLimit < 0) throw new ArgumentException("A limit cannot be negative.");
            var report = session.Study.Due(request.UpcomingDays, request.NewLimit ?? 200, request.Track, request.Limit ?? 200);
            var map = (Core.Study.DueEntry e) => DtoMapper.Entry(session, e);
            return new DueItemsResponse(DtoMapper.Date(report.Today), [.. report.Overdue.Select(map)], [.. report.DueToday.Select(map)],
                [.. report.Upcoming.Select(map)], [.. report.New.Select(map)], DtoMapper.Counts(report), DtoMapper.Groups(report));
        });
    }

    [JsonRpcMethod(Methods.Item, UseSingleObjectParameterDeserialization = true)]
    public async Task<ItemDetails> ItemAsync(ItemRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return RpcErrors.Guard(() =>
        {
            var item = session.Study.Find(request.Id ?? throw new ArgumentException("An item id is required."));
            return new ItemDetails(DtoMapper.Item(session, item, session.Study.ViewOf(item.Id), session.Study.Today), item.Question, item.Answer, item.KeyPoints,
                item.PracticeQuestions, [.. session.Study.History(item.Id).Select(DtoMapper.Log)]);
        });
    }

    [JsonRpcMethod(Methods.Grade, UseSingleObjectParameterDeserialization = true)]
    public async Task<GradeResponse> GradeAsync(GradeRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var result = RpcErrors.Guard(() => session.Study.Grade(request.Id ?? throw new ArgumentException("An item id is required."),
            request.Quality, request.Percent, request.DurationMs));
        await notifier.DueChangedAsync(session, force: true);
        return new GradeResponse(result.Item.Id, result.Quality, DtoMapper.State(result.Before), DtoMapper.State(result.After), result.ReviewId);
    }

    [JsonRpcMethod(Methods.UndoLastGrade, UseSingleObjectParameterDeserialization = true)]
    public async Task<UndoResponse> UndoLastGradeAsync(UndoRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var undone = session.Study.UndoLastGrade() ?? throw RpcErrors.Error(ErrorCodes.NothingToUndo, "There is no grade to undo.");
        await notifier.DueChangedAsync(session, force: true);
        return new UndoResponse(undone.ItemId, DtoMapper.State(undone.Before), undone.Id);
    }

    [JsonRpcMethod(Methods.Stats, UseSingleObjectParameterDeserialization = true)]
    public async Task<StatsResponse> StatsAsync(StatsRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return RpcErrors.Guard(() =>
        {
            var days = request.Days ?? 30;
            if (days is < 1 or > 3660) throw new ArgumentException("Days must be 1 to 3660.");
            var s = session.Study.Stats(days);
            return new StatsResponse(s.Total, s.New, s.Learning, s.Review, s.DueNow,
                [.. s.ReviewsPerDay.Select(d => new DayCount(DtoMapper.Date(d.Day), d.Count))]);
        });
    }

    [JsonRpcMethod(Methods.NoteItems, UseSingleObjectParameterDeserialization = true)]
    public async Task<NoteItemsResponse> NoteItemsAsync(NoteItemsRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return RpcErrors.Guard(() =>
        {
            var path = session.RelativePath(request.Uri ?? throw new ArgumentException("A note URI is required."));
            var today = session.Study.Today;
            return new NoteItemsResponse(path, [.. session.Workspace.Snapshot.ItemsOf(path).Select(i => DtoMapper.Item(session, i, session.Study.ViewOf(i.Id), today))]);
        });
    }

    [JsonRpcMethod(Methods.Reindex, UseSingleObjectParameterDeserialization = true)]
    public async Task<ReindexResponse> ReindexAsync(ReindexRequest request, CancellationToken cancellationToken)
    {
        holder.Require();
        var summary = await indexer.RunAsync(cancellationToken);
        return new ReindexResponse(summary.Notes, summary.Items, summary.Diagnostics, summary.Reparsed);
    }

    private Task<ServerSession> ReadyAsync(CancellationToken ct) => indexer.ReadyAsync(ct);
}
