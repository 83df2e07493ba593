using System.Text.Json.Nodes;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

public sealed class LanguageFeatureTests : IAsyncLifetime, IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private async Task<List<string>> LensTitles(string path)
    {
        var lenses = await Client.RequestAsync<JsonArray>("textDocument/codeLens", new { textDocument = new { uri = _ws.Uri(path) } });
        return [.. lenses.Select(l => (string)l!["command"]!["title"]!)];
    }

    [Fact]
    public async Task Indexing_reports_progress_with_counts()
    {
        await Client.WaitForAsync("$/progress", p => (string)p!["value"]!["kind"]! == "end");
        var kinds = Client.Notifications.Where(n => n.Method == "$/progress").Select(n => (string)n.Params!["value"]!["kind"]!).ToList();
        Assert.Equal("begin", kinds[0]);
        Assert.Contains("report", kinds);
        Assert.Contains(Client.Notifications, n => n.Method == "$/progress" && ((string?)n.Params!["value"]!["message"])?.Contains("2 of 2 notes", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Indexing_is_also_announced_with_counts_for_clients_that_draw_their_own_notification()
    {
        var last = await Client.WaitForAsync("prepcode/indexProgress", p => (bool)p!["finished"]!);
        Assert.Equal(2, (int)last!["done"]!);
        Assert.Equal(2, (int)last["total"]!);
    }

    [Fact]
    public async Task Malformed_front_matter_is_published_as_a_diagnostic_with_its_line()
    {
        var diag = await Client.WaitForAsync("textDocument/publishDiagnostics", p => ((string)p!["uri"]!).EndsWith("broken.md", StringComparison.Ordinal));
        var d = diag!["diagnostics"]![0]!;
        Assert.Equal(1, (int)d["range"]!["start"]!["line"]!);
        Assert.Equal("front-matter", (string)d["code"]!);
        Assert.Contains("malformed", (string)d["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_lenses_show_the_review_state_of_each_topic_and_card()
    {
        var before = await LensTitles("notes/optimizers.md");
        Assert.All(before.Where(t => t != "Mark complete"), t => Assert.Equal("New · not learned yet", t));
        Assert.Equal(2, before.Count(t => t == "Mark complete"));                 // one per topic not scheduled yet
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 3 });
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "sgd-momentum", quality = 5 });
        var titles = await LensTitles("notes/optimizers.md");
        Assert.Contains("Again today · 1 review · EF 2.36", titles);
        Assert.Contains("Next review tomorrow · 1 review · EF 2.60", titles);
        Assert.DoesNotContain("Mark complete", titles);
    }

    [Fact]
    public async Task Unsaved_editor_text_wins_over_the_file_on_disk()
    {
        await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = _ws.Uri("notes/optimizers.md"), languageId = "markdown", version = 1,
            text = "# Only in the buffer {#buffer-topic}\n\nTyped but unsaved?:: yes\n" } });
        await Client.WaitForAsync("prepcode/dueChanged");
        var due = await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });
        var titles = due["new"]!.AsArray().Select(i => (string)i!["title"]!).ToList();
        Assert.Contains("Typed but unsaved?", titles);
        Assert.DoesNotContain("Adam optimizer", titles);

        await Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = _ws.Uri("notes/optimizers.md") } });
        await Poll.Until(async () => (await Titles()).Contains("Adam optimizer"));
        Assert.Contains("Adam optimizer", await Titles());
    }

    private async Task<List<string>> Titles() =>
        [.. (await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { }))["new"]!.AsArray().Select(i => (string)i!["title"]!)];

    [Fact]
    public async Task Renaming_a_heading_in_the_editor_keeps_its_review_history()
    {
        _ws.Write("notes/plain.md", "# Notes\n\n## Bias variance tradeoff\n\nWhat does high variance mean?:: Overfitting to noise.\n\n### Key points\n- Bias is error from wrong assumptions\n");
        await Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = _ws.Uri("notes/plain.md"), type = 1 } } });
        var oldId = "notes/plain.md#notes/bias-variance-tradeoff";
        await Poll.Until(async () => (await Titles()).Contains("Bias variance tradeoff"));
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = oldId, quality = 5 });

        var renamed = "# Notes\n\n## The bias–variance trade-off\n\nWhat does high variance mean?:: Overfitting to noise.\n\n### Key points\n- Bias is error from wrong assumptions\n";
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = _ws.Uri("notes/plain.md"), languageId = "markdown", version = 3, text = renamed } });
        var newId = "notes/plain.md#notes/the-bias-variance-trade-off";
        JsonNode? item = null;
        await Poll.Until(async () =>
        {
            try { item = await Client.RequestAsync<JsonNode>("prepcode/item", new { id = newId }); return item["history"]!.AsArray().Count > 0; }
            catch (RemoteInvocationException) { return false; }
        });
        Assert.NotNull(item);
        Assert.Single(item["history"]!.AsArray());
        Assert.Equal("review", (string)item["item"]!["state"]!["status"]!);
    }

    [Fact]
    public async Task A_settings_change_takes_effect_without_a_restart_and_a_bad_one_is_explained()
    {
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 5 });   // due tomorrow
        Assert.Empty((await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { }))["dueToday"]!.AsArray());
        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { now = "2026-11-23T10:00:00Z" } } });
        await Poll.Until(async () => (await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { }))["dueToday"]!.AsArray().Count > 0);
        Assert.Equal("adam", (string)(await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { }))["dueToday"]![0]!["id"]!);

        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { scheduler = "leitner" } } });
        var msg = await Client.WaitForAsync("window/showMessage");
        Assert.Contains("Unknown scheduler 'leitner'", (string)msg!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_lens_command_asks_any_LSP_editor_for_a_grade_and_records_it()
    {
        var after = await Client.RequestAsync<JsonNode>("workspace/executeCommand", new { command = "prepcode.reviewItem", arguments = new[] { "adam" } });
        Assert.Equal(1, (int)after["repetitions"]!);                  // the test client answers "Good"
        var asked = await Client.WaitForAsync("window/showMessageRequest");
        Assert.Equal(["Again", "Hard", "Good", "Easy"], asked!["actions"]!.AsArray().Select(a => (string)a!["title"]!));
    }
}
