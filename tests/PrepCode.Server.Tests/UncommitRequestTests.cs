using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

/// <summary>Uncommit takes back what commit wrote into the check file; Commit from the lens asks before grading
/// unanswered questions and refuses when the check changed while it asked.</summary>
public sealed partial class UncommitRequestTests : IAsyncLifetime, IDisposable
{
    private const string Plan = """
        ---
        prep-plan: true
        ---
        # ML Study Plan

        **Last Updated**: 2026-11-01

        **Overall Interview Readiness**: [ ]%

        ## Quick Stats

        | Domain | Topics Covered | Total Topics | Status |
        |--------|---------------|--------------|--------|
        | C. Deep Learning (25%) | 0 | 8 | 🔴 Not Started |

        ## Day 1

        - [ ] Adam optimizer

        ## Session History

        | Date | Topics Covered | Key Wins | Gaps Found |
        |------|----------------|----------|------------|
        | — | — | — | — |
        """;

    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public UncommitRequestTests() => _ws.Write("plan.md", Plan);

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private string CheckFile => Path.Combine(_ws.Root, "checks", "2026-11-22.md");
    private string CheckUri => _ws.Uri("checks/2026-11-22.md");
    private string CheckText => File.ReadAllText(CheckFile);
    private string PlanText => File.ReadAllText(Path.Combine(_ws.Root, "plan.md"));

    private Task<JsonNode> Request(string method, object args) => Client.RequestAsync<JsonNode>(method, args);

    /// <summary>Starts a 4-question check and answers the first <paramref name="answered"/> questions.</summary>
    private async Task Start(int answered = 4)
    {
        await Request("prepcode/startCheck", new { count = 4 });
        var n = 0;
        File.WriteAllText(CheckFile, AnswerMarker().Replace(CheckText, m => ++n <= answered ? "**Answer:** Momentum and RMSprop with bias correction, which matters in the first steps; running means of gradients and squared gradients" : m.Value));
    }

    private async Task<int> LiveGradesOf(string id) =>
        (await Request("prepcode/item", new { id }))["history"]!.AsArray().Count(h => !(bool)h!["undone"]!);

    private async Task<List<string>> Lenses() => [.. (await Client.RequestAsync<JsonArray>("textDocument/codeLens",
        new { textDocument = new { uri = CheckUri } })).Select(l => (string)l!["command"]!["title"]!)];

    [Fact]
    public async Task Uncommit_removes_the_summary_keeps_answers_and_scores_and_committing_again_counts_once()
    {
        await Start();
        await Request("prepcode/scoreCheck", new { uri = CheckUri });
        var scored = CheckText;
        await Request("prepcode/commitCheck", new { uri = CheckUri });
        var committed = CheckText;
        var planAfterCommit = PlanText;
        Assert.Contains("### Results Summary", committed, StringComparison.Ordinal);

        var undone = await Request("prepcode/uncommitCheck", new { uri = CheckUri });
        Assert.Equal(4, (int)undone["restored"]!);
        Assert.True((bool)undone["summaryRemoved"]!);
        Assert.Equal(scored, CheckText);                                           // answers and score lines, nothing else
        Assert.Contains("Session History row stay", (string)undone["planMessage"]!, StringComparison.Ordinal);
        Assert.Contains("Results Summary was removed", (string)undone["message"]!, StringComparison.Ordinal);
        Assert.Contains("- [x] Adam optimizer", PlanText, StringComparison.Ordinal);        // ticks and the session row stay
        Assert.Contains("| 2026-11-22 |", PlanText, StringComparison.Ordinal);
        Assert.Contains("| C. Deep Learning (25%) | 0 | 8 | 🔴 Not Started |", PlanText, StringComparison.Ordinal); // recomputed
        Assert.Equal(0, await LiveGradesOf("adam"));
        Assert.Equal(["Score answers", "Commit scores"], await Lenses());

        var again = await Request("prepcode/commitCheck", new { uri = CheckUri });
        Assert.False((bool)again["alreadyCommitted"]!);
        Assert.Equal(committed, CheckText);                                        // one summary, where it was
        Assert.Equal(1, await LiveGradesOf("adam"));                               // counted once
        Assert.Equal(planAfterCommit, PlanText);                                   // the same update, applied again: no duplicate row
    }

    [Fact]
    public async Task A_refused_uncommit_edit_changes_neither_the_file_nor_the_schedule()
    {
        await Start();
        await Request("prepcode/commitCheck", new { uri = CheckUri });
        var committed = CheckText;
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = CheckUri, languageId = "markdown", version = 3, text = committed } });
        Client.RefuseEdits = true;
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Request("prepcode/uncommitCheck", new { uri = CheckUri }));
        Assert.Equal(4002, e.ErrorCode);
        Assert.Contains("nothing was written", e.Message, StringComparison.Ordinal);
        Assert.Equal(committed, CheckText);
        Assert.Equal(1, await LiveGradesOf("adam"));
        Assert.Equal(["Score answers", "Committed · Uncommit"], await Lenses());

        Client.RefuseEdits = false;
        Assert.Equal(4, (int)(await Request("prepcode/uncommitCheck", new { uri = CheckUri }))["restored"]!);
    }

    [Fact]
    public async Task A_check_graded_again_since_stays_committed_and_its_file_is_not_touched()
    {
        await Start();
        await Request("prepcode/commitCheck", new { uri = CheckUri });
        var committed = CheckText;
        await Request("prepcode/grade", new { id = "adam", quality = 5 });
        var r = await Request("prepcode/uncommitCheck", new { uri = CheckUri });
        Assert.Equal(["adam"], r["blocked"]!.AsArray().Select(b => (string)b!));
        Assert.False((bool)r["summaryRemoved"]!);
        Assert.Contains("stays committed", (string)r["message"]!, StringComparison.Ordinal);
        Assert.Equal(committed, CheckText);
        Assert.Equal(2, await LiveGradesOf("adam"));
    }

    [Fact]
    public async Task A_summary_brought_back_after_uncommit_is_removed_by_uncommit_alone()
    {
        await Start();
        await Request("prepcode/commitCheck", new { uri = CheckUri });
        var committed = CheckText;
        await Request("prepcode/uncommitCheck", new { uri = CheckUri });
        File.WriteAllText(CheckFile, committed);                                   // Ctrl+Z in the check file
        var r = await Request("prepcode/uncommitCheck", new { uri = CheckUri, checkId = "2026-11-22#1" });
        Assert.Equal(0, (int)r["restored"]!);
        Assert.True((bool)r["summaryRemoved"]!);
        Assert.StartsWith("Check 2026-11-22#1 was not committed", (string)r["message"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("Results Summary", CheckText, StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Request("prepcode/uncommitCheck", new { uri = CheckUri }));
        Assert.Equal(4005, e.ErrorCode);
    }

    [Fact]
    public async Task Commit_from_the_lens_asks_before_grading_unanswered_questions_zero()
    {
        await Start(answered: 1);
        await Request("workspace/executeCommand", new { command = "prepcode.commitCheck", arguments = new[] { CheckUri, "2026-11-22#1" } });
        var asked = await Client.WaitForAsync("window/showMessageRequest");
        Assert.StartsWith("Q2, Q3, Q4 of check 2026-11-22#1 have no answer and no score line", (string)asked!["message"]!, StringComparison.Ordinal);
        Assert.StartsWith("Nothing committed", (string)(await Client.WaitForAsync("window/showMessage"))!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await LiveGradesOf("adam"));

        Client.MessageAnswer = "Commit anyway";
        await Request("workspace/executeCommand", new { command = "prepcode.commitCheck", arguments = new[] { CheckUri, "2026-11-22#1" } });
        Assert.Equal(1, await LiveGradesOf("adam"));
        Assert.Equal(4, Regex.Count(CheckText, @"^Score: \d+ %", RegexOptions.Multiline));
    }

    [Fact]
    public async Task A_commit_confirmed_after_the_check_was_edited_is_refused_and_records_nothing()
    {
        await Start(answered: 1);
        var before = CheckText;
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = CheckUri, languageId = "markdown", version = 1, text = before } });
        Client.MessageAnswer = "Commit anyway";
        Client.WhileAsked = () => Client.RefuseEdits = true;                      // the user typed while the question was open
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            Request("workspace/executeCommand", new { command = "prepcode.commitCheck", arguments = new[] { CheckUri, "2026-11-22#1" } }));
        Assert.Equal(4002, e.ErrorCode);
        Assert.Contains("changed while PrepCode was computing its edit, so nothing was written", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, CheckText);
        Assert.Equal(0, await LiveGradesOf("adam"));
        Assert.Equal(["Score answers", "Commit scores"], await Lenses());
    }

    [GeneratedRegex(@"^\*\*Answer:\*\*$", RegexOptions.Multiline)]
    private static partial Regex AnswerMarker();
}
