using System.Text.Json;
using PrepCode.Core.Checks;
using PrepCode.Core.Indexing;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using PrepCode.Server.Lsp;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>
/// The code lenses of checks and plans, and the <c>workspace/executeCommand</c> commands they run (so any LSP editor
/// can use them): over each check section "Score answers" and "Commit scores" (or "Uncommit" once committed; Commit
/// asks first when answers are missing), over a coverage check "Read coverage check", over each topic not scheduled yet
/// "Mark complete". Results are shown with <c>window/showMessage</c>.
/// </summary>
internal sealed partial class ChecksHandler
{
    private static readonly string[] Difficulties = ["1 easy", "2", "3", "4", "5 hard"];

    public IEnumerable<CodeLens> Lenses(ServerSession session, string path)
    {
        var note = session.Workspace.Snapshot.Note(path);
        if (note is not null && !note.IsExcluded)
        {
            foreach (var item in session.Workspace.Snapshot.ItemsOf(path))
            {
                if (item.Kind != StudyItemKind.Topic || session.Study.StateOf(item.Id).DueDate is not null) continue;
                var at = new Position(item.Range.Start.Line, 0);
                yield return new CodeLens(new Contract.Range(at, at), new LspCommand("Mark complete", Commands.CompleteTopic, [item.Id]));
            }
            yield break;
        }
        if (DocumentTexts.Read(session, path) is not { } doc) yield break;
        var uri = session.ToUri(path);
        foreach (var section in CheckDocumentReader.Read(doc.Text).Sections)
        {
            var at = new Position(section.HeadingLine, 0);
            var range = new Contract.Range(at, at);
            var committed = session.Store.CheckCommits(section.CheckId).Count > 0;
            yield return new CodeLens(range, new LspCommand("Score answers", Commands.ScoreCheck, [uri, section.CheckId]));
            yield return committed
                ? new CodeLens(range, new LspCommand("Committed · Uncommit", Commands.UncommitCheck, [uri, section.CheckId]))
                : new CodeLens(range, new LspCommand("Commit scores", Commands.CommitCheck, [uri, section.CheckId]));
        }
        if (doc.Text.Contains("prepcode-coverage: true", StringComparison.Ordinal))
        {
            var line = Array.FindIndex(doc.Text.Split('\n'), l => l.StartsWith("# ", StringComparison.Ordinal));
            var at = new Position(Math.Max(0, line), 0);
            yield return new CodeLens(new Contract.Range(at, at), new LspCommand("Read coverage check", Commands.ReadCoverage, [uri]));
        }
    }

    /// <summary>Runs one of <see cref="Commands.ChecksAll"/>; false when the command is not one of them.</summary>
    public async Task<(bool Handled, object? Result)> TryExecuteAsync(string command, IReadOnlyList<JsonElement> args, CancellationToken ct)
    {
        string? Str(int i) => args.Count > i && args[i].ValueKind == JsonValueKind.String ? args[i].GetString() : null;
        string Required(int i, string what) => Str(i) ?? throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"{command} needs {what} as argument {i + 1}.");
        switch (command)
        {
            case Commands.ScoreCheck:
                return (true, await Say((await ScoreCheckAsync(new(Required(0, "a check file URI"), Str(1)), ct)).Message));
            case Commands.CommitCheck:
            {
                var session = await ReadyAsync(ct);
                var (doc, section) = RpcErrors.Guard(() => Section(session, new(Required(0, "a check file URI"), Str(1))));
                if (await ConfirmUnansweredAsync(session, section, ct) is { } declined) return (true, await Say(declined));
                // Committed as read before the question: a file edited meanwhile makes the editor refuse (4002), nothing recorded.
                var r = await CommitAsync(session, doc, section, ct);
                return (true, await Say(r.PlanMessage is null ? r.Message : r.Message + " " + r.PlanMessage));
            }
            case Commands.UncommitCheck:
                return (true, await Say((await UncommitCheckAsync(new(Required(0, "a check file URI"), Str(1)), ct)).Message));
            case Commands.ReadCoverage:
            {
                var uri = Required(0, "a coverage check URI");
                var r = await ReadCoverageCheckAsync(new(uri), ct);
                if (r.Gaps.Count == 0) return (true, await Say(r.Message));
                var picked = await notifier.ShowMessageRequestAsync(r.Message, ["Schedule gaps"], ct);
                if (picked != "Schedule gaps") return (true, r);
                return (true, await Say((await ScheduleCoverageGapsAsync(new(uri), ct)).Message));
            }
            case Commands.CompleteTopic:
            {
                var id = Required(0, "an item id");
                var difficulty = args.Count > 1 && args[1].ValueKind == JsonValueKind.Number ? args[1].GetInt32() : 0;
                if (difficulty == 0)
                {
                    var picked = await notifier.ShowMessageRequestAsync("How hard was it? 1 easy … 5 hard", Difficulties, ct);
                    if (picked is null) return (true, null);
                    difficulty = Array.IndexOf(Difficulties, picked) + 1;
                }
                return (true, await Say((await CompleteTopicAsync(new(id, difficulty, Str(2)), ct)).Message));
            }
            default:
                return (false, null);
        }
    }

    private const string CommitAnyway = "Commit anyway";

    /// <summary>Questions without an answer and without a score line would be graded 0 %: asks first. Null to go on,
    /// else what to say (nothing committed). A check committed already is not asked about.</summary>
    private async Task<string?> ConfirmUnansweredAsync(ServerSession session, CheckSection section, CancellationToken ct)
    {
        var blank = section.Questions.Where(q => q.ScoreLine is null && q.Answer.Length == 0).Select(q => $"Q{q.Number}").ToList();
        if (blank.Count == 0 || session.Store.CheckCommits(section.CheckId).Count > 0) return null;
        var which = string.Join(", ", blank.Take(5)) + (blank.Count > 5 ? $" and {blank.Count - 5} more" : "");
        var picked = await notifier.ShowMessageRequestAsync(
            $"{which} of check {section.CheckId} {(blank.Count == 1 ? "has" : "have")} no answer and no score line: committing grades "
            + $"{(blank.Count == 1 ? "it" : "them")} 0 %.", [CommitAnyway], ct);
        return picked == CommitAnyway ? null
            : $"Nothing committed for {section.CheckId}: answer {which} or run Score answers, then Commit scores.";
    }

    private async Task<string> Say(string message)
    {
        await notifier.ShowMessageAsync(3, message);
        return message;
    }

    /// <summary>Lenses change after these commands (Commit ↔ Uncommit, Mark complete gone).</summary>
    private Task RefreshLensesAsync() => notifier.RefreshCodeLensesAsync();
}
