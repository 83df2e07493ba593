using System.Text.Json;
using PrepCode.Core.Scheduling;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using PrepCode.Server.Lsp;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>Code lenses over topics and cards, and the commands they run (also usable from any LSP editor).</summary>
internal sealed class CodeLensHandler(SessionHolder holder, ClientNotifier notifier, Indexer indexer, ChecksHandler checks)
{
    private static readonly string[] Buttons = ["Again", "Hard", "Good", "Easy"];

    [JsonRpcMethod("textDocument/codeLens", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<CodeLens>> CodeLensAsync(CodeLensParams p, CancellationToken ct)
    {
        if (!holder.Require().Paths.TryToRelative(ServerSession.UriToPath(p.TextDocument.Uri), out var path)) return [];
        var session = await indexer.ReadyAsync(ct);
        var today = session.Study.Today;
        var items = session.Workspace.Snapshot.ItemsOf(path);
        var counts = session.Store.ReviewCounts(items.Select(i => i.Id));
        return [.. items.Select(item =>
        {
            var title = LensText.For(session.Study.ViewOf(item.Id), counts.GetValueOrDefault(item.Id), today);
            var range = Hosting.Convert.ToRange(item.Range);
            return new CodeLens(range with { End = range.Start }, new LspCommand(title, Commands.ReviewItem, [item.Id]));
        }), .. checks.Lenses(session, path)];
    }

    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> ExecuteCommandAsync(ExecuteCommandParams p, CancellationToken ct)
    {
        var session = await indexer.ReadyAsync(ct);
        var args = p.Arguments ?? [];
        string Arg(int i) => args.Count > i && args[i].ValueKind == JsonValueKind.String ? args[i].GetString()!
            : throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"{p.Command} needs an item id as argument {i + 1}.");
        switch (p.Command)
        {
            case Commands.GradeItem:
            {
                var q = args.Count > 1 && args[1].TryGetInt32(out var v) ? v : throw RpcErrors.Error(ErrorCodes.InvalidArgument, "prepcode.gradeItem needs a grade 0-5 as argument 2.");
                var result = RpcErrors.Guard(() => session.Study.Grade(Arg(0), q, null, null));
                await notifier.DueChangedAsync(session, force: true);
                return DtoMapper.State(result.After);
            }
            case Commands.ReviewItem:
            {
                // Editors without PrepCode's own review flow get the question with four buttons.
                var item = RpcErrors.Guard(() => session.Study.Find(Arg(0)));
                var picked = await notifier.ShowMessageRequestAsync($"{item.Question}\n\nAnswer: {item.Answer ?? "(see the note)"}", Buttons, ct);
                if (picked is null) return null;
                var q = picked switch { "Again" => Quality.Again, "Hard" => Quality.Hard, "Good" => Quality.Good, _ => Quality.Easy };
                var result = session.Study.Grade(item.Id, q, null, null);
                await notifier.DueChangedAsync(session, force: true);
                return DtoMapper.State(result.After);
            }
            default:
                var (handled, outcome) = await checks.TryExecuteAsync(p.Command, args, ct);
                if (handled) return outcome;
                throw RpcErrors.Error(ErrorCodes.InvalidArgument, $"Unknown command '{p.Command}'.");
        }
    }
}
