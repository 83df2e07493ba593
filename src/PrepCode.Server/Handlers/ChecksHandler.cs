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
            var planned = PlanUpdates.PlannedToday(session);
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
        return await CommitAsync(session, doc, section, cancellationToken);
    }

    /// <summary>Commits the check as <paramref name="doc"/> holds it: grades, then the score lines and Results Summary
    /// against that version; when the editor refuses them (the file changed since) the grades are undone again.</summary>
    private async Task<CommitCheckResponse> CommitAsync(ServerSession session, CurrentText doc, CheckSection section, CancellationToken ct)
    {
        var report = RpcErrors.Guard(() => new CheckCommitter(session.Study).Commit(doc.Text, section.CheckId));
        if (report.AlreadyCommitted)
            return new CommitCheckResponse(report.CheckId, true, 0, null, null, report.Message, null);
        try
        {
            await _editor.EditAsync(session, doc, report.CheckFileEdits, $"Commit scores of {report.CheckId}", ct);
        }
        catch
        {
            session.Study.UncommitCheck(report.CheckId); // the file did not get its summary: record nothing either
            throw;
        }
        await notifier.DueChangedAsync(session, force: true);
        var planMessage = (await UpdatePlanAsync(session, plan => PlanUpdates.ForCheck(session, report, plan), ct))?.Summary;
        await RefreshLensesAsync();
        return new CommitCheckResponse(report.CheckId, false, report.Grades.Count, report.Summary?.OverallPercent, report.Summary?.Letter,
            report.Message, planMessage);
    }

    /// <summary>
    /// Order: the check file first (its Results Summary removed, one editor edit), then the schedule, so a refused edit
    /// (4002: the file changed since it was read) leaves everything as it was. A check whose items were graded again
    /// since stays committed and its file is not touched. A check that is not committed but still has a summary (brought
    /// back with Ctrl+Z after an uncommit) gets the summary removed.
    /// </summary>
    [JsonRpcMethod(Methods.UncommitCheck, UseSingleObjectParameterDeserialization = true)]
    public async Task<UncommitCheckResponse> UncommitCheckAsync(CheckFileRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var checkId = request.CheckId ?? RpcErrors.Guard(() => Section(session, request)).Section.CheckId;
        var doc = request.Uri is { } uri ? DocumentTexts.Read(session, RpcErrors.Guard(() => session.RelativePath(uri))) : null;
        var removal = doc is null ? null : CheckSummaryWriter.RemoveEdit(doc.Text, checkId);
        var committed = session.Store.CheckCommits(checkId).Count > 0;
        if (!committed && removal is null)
            throw RpcErrors.Error(ErrorCodes.NothingToUndo, $"Check {checkId} is not committed; there is nothing to uncommit.");
        if (committed && session.Store.UncommitBlockers(checkId) is { Count: > 0 } blockers)
            return new UncommitCheckResponse(checkId, 0, blockers, false,
                $"Check {checkId} stays committed: {Names(blockers)} graded again since, so its grades cannot be taken back. Nothing was changed.", null);

        if (removal is not null) await _editor.EditAsync(session, doc!, [removal], $"Uncommit {checkId}", cancellationToken);
        var outcome = committed ? session.Study.UncommitCheck(checkId) : new Core.Storage.UncommitOutcome([], []);
        var said = new List<string>();
        if (outcome.Blocked.Count > 0) said.Add($"Check {checkId} stays committed: {Names(outcome.Blocked)} graded again meanwhile");
        else if (committed) said.Add($"Uncommitted {checkId}: {outcome.Restored.Count} item(s) back to their schedule before the check");
        else said.Add($"Check {checkId} was not committed");
        if (removal is not null) said.Add("its Results Summary was removed from the check file; answers and score lines stay, to edit and commit again");
        string? planMessage = null;
        if (outcome.Restored.Count > 0)
        {
            await notifier.DueChangedAsync(session, force: true);
            planMessage = await PlanAfterUncommitAsync(session, cancellationToken);
        }
        await RefreshLensesAsync();
        var message = string.Join("; ", said) + "." + (planMessage is null ? "" : " " + planMessage);
        return new UncommitCheckResponse(checkId, outcome.Restored.Count, outcome.Blocked, removal is not null, message, planMessage);
    }

    /// <summary>The plan after an uncommit: figures recomputed, ticks and Session History kept. A plan that changed
    /// meanwhile is left alone (the uncommit itself is done).</summary>
    private async Task<string?> PlanAfterUncommitAsync(ServerSession session, CancellationToken ct)
    {
        const string Kept = "Plan: ticked tasks and the Session History row stay (Ctrl+Z in the plan undoes the commit's update)";
        try
        {
            var result = await UpdatePlanAsync(session, plan => PlanUpdates.ForUncommit(session, plan), ct);
            return result is null ? null : result.IsEmpty ? Kept + "." : $"{Kept}; {char.ToLowerInvariant(result.Summary[0])}{result.Summary[1..]}";
        }
        catch (LocalRpcException e) when (e.ErrorCode == ErrorCodes.StaleVersion)
        {
            return Kept + "; the plan changed meanwhile, so its Quick Stats and readiness were left as they were.";
        }
    }

    private static string Names(IReadOnlyList<string> items) =>
        (items.Count == 1 ? "1 item was" : $"{items.Count} items were") + " (" + string.Join(", ", items.Take(3)) + (items.Count > 3 ? ", …" : "") + ")";

    /// <summary>Edits the plan note when there is one; returns the edits and what they do in words, or null without a plan.</summary>
    private async Task<PlanEditResult?> UpdatePlanAsync(ServerSession session, Func<NoteDocument, PlanUpdate> update, CancellationToken ct)
    {
        if (PlanUpdates.Plan(session) is not { } plan) return null;
        var result = PlanFileEditor.Edit(plan.Text.Text, plan.Document, update(plan.Document));
        await _editor.EditAsync(session, plan.Text, result.Edits, "PrepCode plan update", ct);
        return result;
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
