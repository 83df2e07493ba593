using System.Text.Json.Nodes;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

public sealed class StudyRequestTests : IAsyncLifetime, IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private Task<JsonNode> Due() => Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });

    [Fact]
    public async Task Initialize_advertises_full_sync_code_lenses_and_the_lens_commands()
    {
        await using var other = new InMemoryServer();
        var result = await other.Client.InitializeAsync(_ws.Root);
        var caps = result["capabilities"]!;
        Assert.Equal(1, (int)caps["textDocumentSync"]!["change"]!);
        Assert.NotNull(caps["codeLensProvider"]);
        Assert.Equal(["prepcode.reviewItem", "prepcode.gradeItem", "prepcode.scoreCheck", "prepcode.commitCheck", "prepcode.uncommitCheck", "prepcode.completeTopic", "prepcode.readCoverage"], caps["executeCommandProvider"]!["commands"]!.AsArray().Select(c => (string)c!));
        Assert.Null(caps["hoverProvider"]);                                  // honest: nothing it does not do
    }

    [Fact]
    public async Task Due_items_list_every_card_and_topic_as_new_before_any_review()
    {
        var due = await Due();
        Assert.Equal("2026-11-22", (string)due["today"]!);
        var titles = due["new"]!.AsArray().Select(i => (string)i!["title"]!).ToList();
        Assert.Contains("Adam optimizer", titles);
        Assert.Contains("What does Adam combine?", titles);
        Assert.Contains("Still a card?", titles);                              // the rest of a note with bad front matter is kept
        Assert.Equal(titles.Count, (int)due["counts"]!["new"]!);
        Assert.Equal(0, (int)due["counts"]!["today"]!);
    }

    [Fact]
    public async Task Grading_returns_the_new_state_and_announces_the_new_due_counts()
    {
        var graded = await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 3 });
        Assert.Equal("learning", (string)graded["after"]!["status"]!);
        Assert.Equal(2.36, (double)graded["after"]!["easeFactor"]!, 6);
        Assert.Equal("2026-11-22", (string)graded["after"]!["dueDate"]!);   // below 4: again today
        await Client.WaitForAsync("prepcode/dueChanged", p => (int)p!["today"]! == 1);

        var due = await Due();
        Assert.Equal("adam", (string)due["dueToday"]![0]!["id"]!);
        Assert.Equal("Deep Learning", (string)due["groups"]!["byDomain"]![0]!["key"]!);
    }

    [Fact]
    public async Task A_percent_score_is_mapped_to_a_grade_with_the_configured_table()
    {
        var graded = await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "sgd-momentum", percent = 85.0 });
        Assert.Equal(4, (int)graded["quality"]!);
    }

    [Fact]
    public async Task Undo_restores_the_state_before_the_last_grade()
    {
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 5 });
        var undone = await Client.RequestAsync<JsonNode>("prepcode/undoLastGrade", new { });
        Assert.Equal("adam", (string)undone["id"]!);
        Assert.Equal("new", (string)undone["restored"]!["status"]!);
        var item = await Client.RequestAsync<JsonNode>("prepcode/item", new { id = "adam" });
        Assert.True((bool)item["history"]![0]!["undone"]!);
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Client.RequestAsync<JsonNode>("prepcode/undoLastGrade", new { }));
        Assert.Equal(4005, e.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_item_is_an_error_with_the_projects_code_and_words()
    {
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "no-such", quality = 4 }));
        Assert.Equal(4001, e.ErrorCode);
        Assert.Contains("no-such", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grade_outside_0_to_5_is_refused_in_words()
    {
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() => Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 9 }));
        Assert.Equal(4004, e.ErrorCode);
        Assert.Contains("0 to 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_outside_the_workspace_is_refused()
    {
        var e = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            Client.RequestAsync<JsonNode>("prepcode/noteItems", new { uri = new Uri(Path.Combine(_ws.Root, "..", "elsewhere.md")).AbsoluteUri }));
        Assert.Equal(4003, e.ErrorCode);
        var inside = await Client.RequestAsync<JsonNode>("prepcode/noteItems", new { uri = _ws.Uri("notes/optimizers.md") });
        Assert.Equal("notes/optimizers.md", (string)inside["notePath"]!);
        Assert.True(inside["items"]!.AsArray().Count >= 4);
    }

    [Fact]
    public async Task Item_details_carry_the_answer_key_points_and_location()
    {
        var item = await Client.RequestAsync<JsonNode>("prepcode/item", new { id = "adam" });
        Assert.Equal("Explain Adam optimizer: what are its key points?", (string)item["question"]!);
        Assert.Equal(2, item["keyPoints"]!.AsArray().Count);
        Assert.Equal(_ws.Uri("notes/optimizers.md"), (string)item["item"]!["location"]!["uri"]!);
        Assert.Equal(6, (int)item["item"]!["location"]!["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Stats_count_items_per_state_and_reviews_per_day()
    {
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 5 });
        var stats = await Client.RequestAsync<JsonNode>("prepcode/stats", new { });
        Assert.Equal(1, (int)stats["review"]!);
        Assert.Equal((int)stats["total"]! - 1, (int)stats["new"]!);
        Assert.Equal(1, (int)stats["reviewsPerDay"]![0]!["count"]!);
    }

    [Fact]
    public async Task Due_lists_are_capped_by_limit_while_counts_and_groups_count_every_item()
    {
        foreach (var id in new[] { "adam", "sgd-momentum" })
            await Client.RequestAsync<JsonNode>("prepcode/grade", new { id, quality = 3 });   // below 4: again today
        await Client.WaitForAsync("prepcode/dueChanged", p => (int)p!["today"]! == 2);

        var due = await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { limit = 1, newLimit = 1 });
        Assert.Equal(["adam"], due["dueToday"]!.AsArray().Select(i => (string)i!["id"]!));    // index order, first one only
        Assert.Single(due["new"]!.AsArray());
        Assert.Equal(2, (int)due["counts"]!["today"]!);
        Assert.Equal((int)(await Due())["counts"]!["new"]!, (int)due["counts"]!["new"]!);
        Assert.True((int)due["counts"]!["new"]! > 1);
        Assert.Equal(2, (int)due["groups"]!["byNote"]![0]!["count"]!);
        Assert.Equal("notes/optimizers.md", (string)due["groups"]!["byNote"]![0]!["key"]!);
        Assert.Equal(2, (int)due["groups"]!["byTrack"]![0]!["count"]!);

        var stats = await Client.RequestAsync<JsonNode>("prepcode/stats", new { });
        Assert.Equal(2, (int)stats["dueNow"]!);
        await Assert.ThrowsAsync<RemoteInvocationException>(() => Client.RequestAsync<JsonNode>("prepcode/dueItems", new { limit = -1 }));
    }
}
