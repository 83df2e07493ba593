using PrepCode.Core.Checks;
using PrepCode.Core.Notes;
using PrepCode.Core.Plans;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>Knowledge checks: start (compose + write the check file), score (suggested score lines), commit (grades,
/// Results Summary, plan update), uncommit. Every file change goes through <see cref="WorkspaceEditor"/>.</summary>
internal sealed partial class ChecksHandler(ClientNotifier notifier, Indexer indexer) : IPrepCodeChecks
{
    private readonly WorkspaceEditor _editor = new(notifier);

    [JsonRpcMethod(Methods.StartCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<StartCheckResponse> StartCheckAsync(StartCheckRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var (check, path, existing) = RpcErrors.Guard(() =>
        {
            var count = request.Count ?? 10;
            if (count is < 1 or > 100) throw new ArgumentException("A check has 1 to 100 questions.");
            var options = new CheckOptions(count, Scope(session, request.Scope), request.ReviewsOnly == true);
            var today = session.Study.Today;
            var path = CheckPath(session, today);
            var existing = DocumentTexts.Read(session, path);
            var sequence = existing is null ? 1 : CheckDocumentWriter.NextSequence(existing.Text, today);
            // "Planned today": today's topics of the active group's tracks (the curriculum is the plan of record).
            var planned = TodayBuilder.Build(session).Tracks.SelectMany(t => t.Topics).Where(t => t.IsStudyItem && !t.Completed).Select(t => t.Id).ToList();
            var inputs = new CheckInputs([.. session.Workspace.Snapshot.Items], session.Study.States, session.Store.FirstGradedDays(), planned, today);
            return (new KnowledgeCheckComposer(new Random()).Compose(inputs, options, sequence), path, existing);
        });
        if (check.Questions.Count == 0)
            throw RpcErrors.Error(ErrorCodes.InvalidArgument, "Nothing to ask: no new or due items in that scope.");
        int line;
        if (existing is null)
        {
            await _editor.CreateAsync(session, path, CheckDocumentWriter.NewFile(check), $"Knowledge check {check.Id}", cancellationToken);
            line = 7; // after the front matter and the file's title
        }
        else
        {
            var edit = CheckDocumentWriter.AppendEdit(existing.Text, check);
            await _editor.EditAsync(session, existing, [edit], $"Knowledge check {check.Id}", cancellationToken);
            line = edit.Range.Start.Line + edit.NewText.TakeWhile(c => c is '\r' or '\n').Count(c => c == '\n');
        }
        int fresh = check.Questions.Count(q => q.Kind == CheckQuestionKind.New), review = check.Questions.Count - fresh;
        return new StartCheckResponse(check.Id, session.ToUri(path), line, fresh, review,
            $"Knowledge check {check.Id}: {check.Questions.Count} questions ({fresh} new, {review} review) in {path}.");
    }

    [JsonRpcMethod(Methods.ScoreCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<ScoreCheckResponse> ScoreCheckAsync(CheckFileRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var (doc, section) = RpcErrors.Guard(() => Section(session, request));
        var scored = CheckScoring.Score(section, session.Workspace.Snapshot.Find, out _);
        var edits = ScoreLineWriter.Edits(doc.Text, section.CheckId, CheckScoring.ComputedScores(scored));
        await _editor.EditAsync(session, doc, edits, $"Score answers of {section.CheckId}", cancellationToken);
        var message = edits.Count == 0
            ? $"Every answer of {section.CheckId} has a score line already; edit any of them, then Commit scores."
            : $"Suggested {edits.Count} score(s) for {section.CheckId}: edit any of them, then Commit scores.";
        return new ScoreCheckResponse(section.CheckId, edits.Count, message);
    }

    [JsonRpcMethod(Methods.CommitCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<CommitCheckResponse> CommitCheckAsync(CheckFileRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var (doc, section) = RpcErrors.Guard(() => Section(session, request));
        var report = RpcErrors.Guard(() => new CheckCommitter(session.Study).Commit(doc.Text, section.CheckId));
        if (report.AlreadyCommitted)
            return new CommitCheckResponse(report.CheckId, true, 0, null, null, report.Message, null);
        try
        {
            await _editor.EditAsync(session, doc, report.CheckFileEdits, $"Commit scores of {report.CheckId}", cancellationToken);
        }
        catch
        {
            session.Study.UncommitCheck(report.CheckId); // the file did not get its summary: record nothing either
            throw;
        }
        await notifier.DueChangedAsync(session, force: true);
        var planMessage = await UpdatePlanAsync(session, plan => PlanUpdates.ForCheck(session, report, plan), cancellationToken);
        await RefreshLensesAsync();
        return new CommitCheckResponse(report.CheckId, false, report.Grades.Count, report.Summary?.OverallPercent, report.Summary?.Letter,
            report.Message, planMessage);
    }

    [JsonRpcMethod(Methods.UncommitCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<UncommitCheckResponse> UncommitCheckAsync(CheckFileRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var checkId = request.CheckId ?? RpcErrors.Guard(() => Section(session, request)).Section.CheckId;
        var outcome = session.Study.UncommitCheck(checkId);
        if (outcome.Restored.Count == 0 && outcome.Blocked.Count == 0)
            throw RpcErrors.Error(ErrorCodes.NothingToUndo, $"Check {checkId} is not committed; there is nothing to uncommit.");
        await notifier.DueChangedAsync(session, force: true);
        await RefreshLensesAsync();
        var message = $"Uncommitted {checkId}: {outcome.Restored.Count} item(s) restored to their schedule before the check."
            + (outcome.Blocked.Count > 0 ? $" {outcome.Blocked.Count} item(s) were graded again since and keep their newer grade." : "");
        return new UncommitCheckResponse(checkId, outcome.Restored.Count, outcome.Blocked, message);
    }

    /// <summary>Edits the plan note when there is one; returns what changed in words, or null without a plan.</summary>
    private async Task<string?> UpdatePlanAsync(ServerSession session, Func<NoteDocument, PlanUpdate> update, CancellationToken ct)
    {
        var path = PlanUpdates.PlanPath(session);
        if (path is null || DocumentTexts.Read(session, path) is not { } plan) return null;
        var document = NoteParser.Parse(path, plan.Text);
        var result = PlanFileEditor.Edit(plan.Text, document, update(document));
        await _editor.EditAsync(session, plan, result.Edits, "PrepCode plan update", ct);
        return result.Summary;
    }

    private static (CurrentText Doc, CheckSection Section) Section(ServerSession session, CheckFileRequest request)
    {
        var path = session.RelativePath(request.Uri ?? throw new ArgumentException("A check file URI is required."));
        var doc = DocumentTexts.Read(session, path) ?? throw new ArgumentException($"{path} does not exist.");
        var file = CheckDocumentReader.Read(doc.Text);
        var section = request.CheckId is { } id ? file.Section(id) : file.Sections.Count > 0 ? file.Sections[^1] : null;
        return section is null
            ? throw new ArgumentException(request.CheckId is null ? $"{path} holds no knowledge check." : $"{path} has no check {request.CheckId}.")
            : (doc, section);
    }

    private static string CheckPath(ServerSession session, DateOnly today)
    {
        var folder = (session.Settings.ChecksFolder ?? "checks").Trim().Trim('/', '\\');
        var name = CheckDocumentWriter.RelativePath(today)["checks/".Length..];
        var relative = folder.Length == 0 ? name : folder + "/" + name;
        return session.Paths.ToRelative(Path.Combine(session.Paths.Root, relative));
    }

    private static CheckScope Scope(ServerSession session, CheckScopeDto? scope) => (scope?.Kind ?? "everything").ToLowerInvariant() switch
    {
        "everything" or "" => CheckScope.Everything,
        "note" => CheckScope.Note(session.RelativePath(scope!.Value ?? throw new ArgumentException("A note scope needs the note's URI."))),
        "track" => CheckScope.Track(scope!.Value ?? throw new ArgumentException("A track scope needs the track id.")),
        "domain" => CheckScope.Domain(scope!.Value ?? throw new ArgumentException("A domain scope needs the domain name.")),
        var other => throw new ArgumentException($"Unknown scope '{other}': use everything, note, track or domain."),
    };

    private Task<ServerSession> ReadyAsync(CancellationToken ct) => indexer.ReadyAsync(ct);
}
