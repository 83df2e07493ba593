using PrepCode.Core.Checks;
using PrepCode.Core.Indexing;
using PrepCode.Core.Plans;
using StudyGrade = PrepCode.Core.Study.GradeRequest;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>
/// Topic coverage checks: a Know / Unsure / Dunno table of a scope's topics in a new file
/// (<c>&lt;checks folder&gt;/coverage-&lt;scope&gt;-yyyy-MM-dd.md</c>), read back as a baseline and gaps. Scheduling the
/// gaps grades each gap that has no schedule yet as a new item: Dunno with q = 2, Unsure with q = 3. Both are below 4,
/// so both are due again today (DESIGN §5) and are learned from there; q = 3 lowers the ease (2.36), q = 2 leaves it
/// (SM-2 as implemented here: below 3 only the repetitions restart). Items already scheduled keep their schedule.
/// </summary>
internal sealed partial class ChecksHandler
{
    public const int DunnoQuality = 2;
    public const int UnsureQuality = 3;

    [JsonRpcMethod(Methods.WriteCoverageCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<WriteCoverageResponse> WriteCoverageCheckAsync(WriteCoverageRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var (path, text, count) = RpcErrors.Guard(() =>
        {
            var scope = Scope(session, request.Scope);
            var topics = session.Workspace.Snapshot.Items
                .Where(i => i.Kind == StudyItemKind.Topic && KnowledgeCheckComposer.InScope(i, scope)).ToList();
            if (topics.Count == 0) throw new ArgumentException("No studied topics in that scope.");
            var title = scope.Value ?? "everything";
            var today = session.Study.Today;
            var folder = CheckPath(session, today);
            folder = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] + "/" : "";
            var slug = Core.Notes.Slug.From(title);
            var path = $"{folder}coverage-{slug}-{today:yyyy-MM-dd}.md";
            for (var n = 2; DocumentTexts.Read(session, path) is not null; n++) path = $"{folder}coverage-{slug}-{today:yyyy-MM-dd}-{n}.md";
            return (path, CoverageCheck.Write(title, topics, today), topics.Count);
        });
        await _editor.CreateAsync(session, path, text, "Topic coverage check", cancellationToken);
        return new WriteCoverageResponse(session.ToUri(path), count,
            $"Coverage check of {count} topics in {path}: put an x under Know, Unsure or Dunno, then Read coverage check.");
    }

    [JsonRpcMethod(Methods.ReadCoverageCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<ReadCoverageResponse> ReadCoverageCheckAsync(CheckFileRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var result = RpcErrors.Guard(() => ReadCoverage(session, request.Uri));
        var gaps = result.Gaps.Select(g => new CoverageGapDto(g.ItemId, g.Title, g.Answer == CoverageAnswer.Dunno ? "dunno" : "unsure")).ToList();
        var message = $"Coverage baseline {result.BaselinePercent:0.#}% (Know {result.Know}, Unsure {result.Unsure}, Dunno {result.Dunno}"
            + (result.Blank > 0 ? $", blank {result.Blank}" : "") + $"); {gaps.Count} gap(s)"
            + (gaps.Count > 0 ? ": " + string.Join(", ", gaps.Take(5).Select(g => g.Title)) + (gaps.Count > 5 ? ", …" : "") : "") + ".";
        return new ReadCoverageResponse(result.Know, result.Unsure, result.Dunno, result.Blank, result.BaselinePercent, result.KnowPercent, gaps, message);
    }

    [JsonRpcMethod(Methods.ScheduleCoverageGaps, UseSingleObjectParameterDeserialization = true)]
    public async Task<ScheduleGapsResponse> ScheduleCoverageGapsAsync(CheckFileRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var result = RpcErrors.Guard(() => ReadCoverage(session, request.Uri));
        var index = session.Workspace.Snapshot;
        var gaps = result.Gaps.Where(g => index.Find(g.ItemId) is not null).ToList();
        var fresh = gaps.Where(g => session.Study.StateOf(g.ItemId).DueDate is null).ToList();
        RpcErrors.Guard(() => session.Study.GradeMany(
            [.. fresh.Select(g => new StudyGrade(g.ItemId, g.Answer == CoverageAnswer.Dunno ? DunnoQuality : UnsureQuality, null))], "coverage"));
        if (fresh.Count > 0) await notifier.DueChangedAsync(session, force: true);
        var tracked = gaps.Count - fresh.Count;
        return new ScheduleGapsResponse(fresh.Count, tracked,
            $"Scheduled {fresh.Count} gap(s) for review" + (tracked > 0 ? $"; {tracked} already had a schedule and keep it." : "."));
    }

    private static CoverageResult ReadCoverage(ServerSession session, string? uri)
    {
        var path = session.RelativePath(uri ?? throw new ArgumentException("A coverage check URI is required."));
        var doc = DocumentTexts.Read(session, path) ?? throw new ArgumentException($"{path} does not exist.");
        var result = CoverageCheck.Read(doc.Text);
        return result.Rows.Count == 0 ? throw new ArgumentException($"{path} is not a topic coverage check.") : result;
    }
}
