using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

public sealed partial class ChecksRequestTests : IAsyncLifetime, IDisposable
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
        - [ ] SGD with momentum

        ## Day 2

        - [ ] Transformers

        ## Session History

        | Date | Topics Covered | Key Wins | Gaps Found |
        |------|----------------|----------|------------|
        | — | — | — | — |
        """;

    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public ChecksRequestTests() => _ws.Write("plan.md", Plan);

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private string CheckFile => Path.Combine(_ws.Root, "checks", "2026-11-22.md");
    private string CheckUri => _ws.Uri("checks/2026-11-22.md");
    private string PlanText => File.ReadAllText(Path.Combine(_ws.Root, "plan.md"));

    private Task<JsonNode> Request(string method, object args) => Client.RequestAsync<JsonNode>(method, args);

    private async Task<JsonNode> StartAndAnswer(string answer)
    {
        var started = await Request("prepcode/startCheck", new { count = 4 });
        File.WriteAllText(CheckFile, AnswerMarker().Replace(File.ReadAllText(CheckFile), "**Answer:** " + answer));
        return started;
    }

    [Fact]
    public async Task Starting_a_check_creates_the_days_check_file_and_a_second_check_gets_its_own_section()
    {
        var first = await Request("prepcode/startCheck", new { count = 3 });
        Assert.Equal("2026-11-22#1", (string)first["checkId"]!);
        Assert.Equal(CheckUri, (string)first["uri"]!);
        var edit = await Client.WaitForAsync("workspace/applyEdit");
        Assert.Equal("create", (string)edit!["edit"]!["documentChanges"]![0]!["kind"]!);
        var text = File.ReadAllText(CheckFile);
        Assert.Equal("## Knowledge check 2026-11-22 #1", text.Split('\n')[(int)first["line"]!]);
        Assert.Equal(3, Regex.Count(text, "<!-- prepcode:q check=2026-11-22#1 "));

        var second = await Request("prepcode/startCheck", new { count = 2, reviewsOnly = false });
        Assert.Equal("2026-11-22#2", (string)second["checkId"]!);
        text = File.ReadAllText(CheckFile);
        Assert.Equal("## Knowledge check 2026-11-22 #2", text.Split('\n')[(int)second["line"]!]);
        Assert.Equal(3, Regex.Count(text, "check=2026-11-22#1 "));   // the first check is untouched
    }

    [Fact]
    public async Task Scoring_writes_a_suggested_score_line_under_every_answer_and_never_overwrites_one()
    {
        await StartAndAnswer("Momentum and RMSprop with bias correction");
        var scored = await Request("prepcode/scoreCheck", new { uri = CheckUri });
        Assert.Equal(4, (int)scored["scored"]!);
        var text = File.ReadAllText(CheckFile);
        Assert.Equal(4, ScoreLine().Count(text));

        File.WriteAllText(CheckFile, text.Replace(ScoreLine().Match(text).Value, "Score: 40 % — my own call"));
        var again = await Request("prepcode/scoreCheck", new { uri = CheckUri, checkId = "2026-11-22#1" });
        Assert.Equal(0, (int)again["scored"]!);
        Assert.Contains("Score: 40 % — my own call", File.ReadAllText(CheckFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committing_grades_once_writes_the_summary_and_updates_the_plan()
    {
        await StartAndAnswer("Momentum and RMSprop with bias correction, running means of gradients and squared gradients");
        await Request("prepcode/scoreCheck", new { uri = CheckUri });
        var committed = await Request("prepcode/commitCheck", new { uri = CheckUri });
        Assert.False((bool)committed["alreadyCommitted"]!);
        Assert.Equal(4, (int)committed["graded"]!);
        Assert.Contains("Plan updated", (string)committed["planMessage"]!, StringComparison.Ordinal);
        var check = File.ReadAllText(CheckFile);
        Assert.Contains("### Results Summary", check, StringComparison.Ordinal);
        Assert.Contains("now tracking 4 items", check, StringComparison.Ordinal);
        var plan = PlanText;
        Assert.Contains("| 2026-11-22 |", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("[ ]%", plan, StringComparison.Ordinal);                 // readiness filled in
        var due = await Request("prepcode/dueItems", new { });
        Assert.Equal(4, due["overdue"]!.AsArray().Count + due["dueToday"]!.AsArray().Count + due["upcoming"]!.AsArray().Count);

        var twice = await Request("prepcode/commitCheck", new { uri = CheckUri, checkId = "2026-11-22#1" });
        Assert.True((bool)twice["alreadyCommitted"]!);
        Assert.Equal(check, File.ReadAllText(CheckFile));
        Assert.Equal(plan, PlanText);
        var history = await Request("prepcode/item", new { id = "adam" });
        Assert.Single(history["history"]!.AsArray());
    }

    [Fact]
    public async Task A_refused_edit_is_a_stale_version_error_and_a_refused_commit_records_nothing()
    {
        await StartAndAnswer("bias correction");
        var before = File.ReadAllText(CheckFile);
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = CheckUri, languageId = "markdown", version = 7, text = before } });
        Client.RefuseEdits = true;
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Request("prepcode/scoreCheck", new { uri = CheckUri }));
        Assert.Equal(4002, e.ErrorCode);
        Assert.Contains("nothing was written", e.Message, StringComparison.Ordinal);
        var sent = await Client.WaitForAsync("workspace/applyEdit", p => (int?)p!["edit"]!["documentChanges"]![0]!["textDocument"]?["version"] == 7);
        Assert.NotNull(sent);

        e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Request("prepcode/commitCheck", new { uri = CheckUri }));
        Assert.Equal(4002, e.ErrorCode);
        Assert.Equal(before, File.ReadAllText(CheckFile));
        Assert.DoesNotContain((await Request("prepcode/item", new { id = "adam" }))["history"]!.AsArray(), h => !(bool)h!["undone"]!);

        Client.RefuseEdits = false;
        var committed = await Request("prepcode/commitCheck", new { uri = CheckUri });
        Assert.False((bool)committed["alreadyCommitted"]!);
    }

    [Fact]
    public async Task Check_lenses_offer_score_and_commit_then_uncommit_which_restores_the_schedule()
    {
        await StartAndAnswer("Momentum and RMSprop with bias correction");
        async Task<List<string>> Lenses() => [.. (await Client.RequestAsync<JsonArray>("textDocument/codeLens",
            new { textDocument = new { uri = CheckUri } })).Select(l => (string)l!["command"]!["title"]!)];
        Assert.Equal(["Score answers", "Commit scores"], await Lenses());

        await Request("workspace/executeCommand", new { command = "prepcode.commitCheck", arguments = new[] { CheckUri, "2026-11-22#1" } });
        Assert.Contains("Check 2026-11-22#1", (string)(await Client.WaitForAsync("window/showMessage"))!["message"]!, StringComparison.Ordinal);
        Assert.Equal(["Score answers", "Committed · Uncommit"], await Lenses());

        var undone = await Request("prepcode/uncommitCheck", new { uri = CheckUri, checkId = "2026-11-22#1" });
        Assert.Equal(4, (int)undone["restored"]!);
        Assert.Equal("new", (string)(await Request("prepcode/item", new { id = "adam" }))["item"]!["state"]!["status"]!);
        Assert.Equal(["Score answers", "Commit scores"], await Lenses());
    }

    [Fact]
    public async Task Marking_a_topic_complete_schedules_its_first_review_and_logs_the_session_in_the_plan()
    {
        var lenses = await Client.RequestAsync<JsonArray>("textDocument/codeLens", new { textDocument = new { uri = _ws.Uri("notes/optimizers.md") } });
        Assert.Contains(lenses, l => (string)l!["command"]!["title"]! == "Mark complete" && (string)l["command"]!["arguments"]![0]! == "adam");

        var done = await Request("prepcode/completeTopic", new { itemId = "adam", difficulty = 2, note = "clear" });
        Assert.Equal(4, (int)done["quality"]!);
        Assert.Equal("2026-11-23", (string)done["after"]!["dueDate"]!);
        var plan = PlanText;
        Assert.Contains("- [x] Adam optimizer", plan, StringComparison.Ordinal);
        Assert.Contains("| 2026-11-22 | Adam optimizer | Adam optimizer felt easy |", plan, StringComparison.Ordinal);

        var readiness = await Request("prepcode/readiness", new { });
        Assert.True((double)readiness["domains"]![0]!["percent"]! > 0);
        Assert.Equal("Deep Learning", (string)readiness["domains"]![0]!["domain"]!);
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Request("prepcode/completeTopic", new { itemId = "adam", difficulty = 9 }));
        Assert.Equal(4004, e.ErrorCode);
    }

    [Fact]
    public async Task Completing_a_topic_of_a_domain_without_a_Quick_Stats_row_adds_one_in_the_tables_style()
    {
        _ws.Write("notes/nlp.md", "---\ndomain: NLP\n---\n# NLP\n\n## Word2Vec {#word2vec}\n\n### Key points\n- Skip-gram predicts the context\n\n## BERT {#bert}\n\n### Key points\n- Masked language modelling\n");
        await Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = _ws.Uri("notes/nlp.md"), type = 1 } } });
        await Poll.Until(async () => (await Request("prepcode/readiness", new { }))["domains"]!.AsArray().Any(d => (string)d!["domain"]! == "NLP"));
        var done = await Request("prepcode/completeTopic", new { itemId = "word2vec", difficulty = 3 });
        Assert.Contains("added NLP", (string)done["planMessage"]!, StringComparison.Ordinal);
        var plan = PlanText;
        // Letter after C, the default NLP weight, 1 of the 2 NLP topics in the notes.
        Assert.Contains("| C. Deep Learning (25%) | 0 | 8 | 🔴 Not Started |\n| D. NLP (12%) | 1 | 2 | 🟡 In Progress |\n", plan, StringComparison.Ordinal);

        await Request("prepcode/completeTopic", new { itemId = "adam", difficulty = 3 });     // Deep Learning has its row
        Assert.Single(Regex.Matches(PlanText, "NLP \\(12%\\)"));
    }

    [Fact]
    public async Task A_coverage_check_gives_a_baseline_and_schedules_its_gaps_dunno_first()
    {
        var written = await Request("prepcode/writeCoverageCheck", new { scope = new { kind = "domain", value = "Deep Learning" } });
        Assert.Equal(2, (int)written["topics"]!);
        var path = new Uri((string)written["uri"]!).LocalPath;
        var lines = File.ReadAllLines(path).Select(l =>
            l.Contains("item=adam ", StringComparison.Ordinal) ? l.Replace("|  |  |  |", "|  | x |  |", StringComparison.Ordinal)
            : l.Contains("item=sgd-momentum ", StringComparison.Ordinal) ? l.Replace("|  |  |  |", "|  |  | x |", StringComparison.Ordinal) : l);
        File.WriteAllLines(path, lines);

        var read = await Request("prepcode/readCoverageCheck", new { uri = (string)written["uri"]! });
        Assert.Equal(25, (double)read["baselinePercent"]!);
        Assert.Equal(["sgd-momentum", "adam"], read["gaps"]!.AsArray().Select(g => (string)g!["itemId"]!));

        var scheduled = await Request("prepcode/scheduleCoverageGaps", new { uri = (string)written["uri"]! });
        Assert.Equal(2, (int)scheduled["scheduled"]!);
        var due = await Request("prepcode/dueItems", new { });
        // Both below 4, so both come back today (SM-2 as DESIGN §5 reads it).
        Assert.Equal(["adam", "sgd-momentum"], due["dueToday"]!.AsArray().Select(i => (string)i!["id"]!).Order());
        var again = await Request("prepcode/scheduleCoverageGaps", new { uri = (string)written["uri"]! });
        Assert.Equal(0, (int)again["scheduled"]!);                                                // scheduled items keep their schedule
        Assert.Equal(2, (int)again["alreadyTracked"]!);
    }

    [Fact]
    public async Task Insert_quiz_prompt_adds_a_quiz_block_for_the_topic_under_the_cursor()
    {
        var inserted = await Request("prepcode/insertQuizPrompt", new { uri = _ws.Uri("notes/optimizers.md"), position = new { line = 7, character = 0 } });
        Assert.Equal("adam", (string)inserted["topicId"]!);
        var text = File.ReadAllText(Path.Combine(_ws.Root, "notes", "optimizers.md"));
        Assert.Contains("### Quiz\n\n**Q1.** What does Adam combine?\n\n**Answer:**", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("### Quiz", StringComparison.Ordinal) < text.IndexOf("## SGD with momentum", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\*\*Answer:\*\*$", RegexOptions.Multiline)]
    private static partial Regex AnswerMarker();

    [GeneratedRegex(@"^Score: \d+ % — .*$", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();
}
