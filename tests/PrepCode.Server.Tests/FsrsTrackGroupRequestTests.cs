using System.Text.Json.Nodes;
using PrepCode.Server.Tests.Tracks;
using StreamJsonRpc;

namespace PrepCode.Server.Tests;

/// <summary>prepcode.scheduler per track group over JSON-RPC: FSRS state in due items and lenses, per-group optimize,
/// and <c>workspace/codeLens/refresh</c> after a fit, a scheduler switch or a group switch.</summary>
public sealed class FsrsTrackGroupRequestTests : IAsyncLifetime, IDisposable
{
    private const string Now = "2026-11-22T10:00:00Z";
    private static readonly object PerGroup = new Dictionary<string, string> { ["ML"] = "fsrs", ["SWE"] = "sm2" };
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public FsrsTrackGroupRequestTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 1);     // topic ml-mini-d1, note track ml-mini
        TrackWorkspace.WriteTrack(_ws, "swe-mini", "SWE", 1);   // topic swe-mini-d1, note track swe-mini
        TrackWorkspace.WriteConfig(_ws, """{ "activeGroup": "ML" }""");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private Task Start(bool codeLensRefresh, object scheduler) =>
        Client.InitializeAsync(_ws.Root, new { now = Now, scheduler }, codeLensRefresh: codeLensRefresh);

    private Task<JsonNode> Due() => Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });

    private async Task<JsonNode> DueItem(string id)
    {
        var due = await Due();
        return new[] { "overdue", "dueToday", "upcoming", "new" }.SelectMany(k => due[k]!.AsArray()).Single(i => (string)i!["id"]! == id)!;
    }

    private async Task<List<string>> Lenses(string relative) =>
        [.. (await Client.RequestAsync<JsonArray>("textDocument/codeLens", new { textDocument = new { uri = _ws.Uri(relative) } }))
            .Select(l => (string)l!["command"]!["title"]!)];

    private int Refreshes => Client.Notifications.Count(n => n.Method == "workspace/codeLens/refresh");

    /// <summary>Grades at <paramref name="now"/> (the clock moved through the settings).</summary>
    private async Task GradeAt(string now, object scheduler, params (string Id, int Q)[] grades)
    {
        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { now, scheduler } } });
        await Poll.Until(async () => (string)(await Due())["today"]! == now[..10]);
        Assert.Equal(now[..10], (string)(await Due())["today"]!);
        foreach (var (id, q) in grades) await Client.RequestAsync<JsonNode>("prepcode/grade", new { id, quality = q });
    }

    [Fact]
    public async Task With_fsrs_for_ML_only_ML_items_show_fsrs_state_and_SWE_items_keep_sm2_in_due_items_and_lenses()
    {
        await Start(codeLensRefresh: true, PerGroup);
        await GradeAt("2026-11-10T10:00:00Z", PerGroup, ("ml-mini-d1", 4), ("swe-mini-d1", 4), ("adam", 4));
        await GradeAt("2026-11-12T10:00:00Z", PerGroup, ("ml-mini-d1", 4), ("swe-mini-d1", 4), ("adam", 4));
        await GradeAt(Now, PerGroup);

        var ml = await DueItem("ml-mini-d1");
        Assert.InRange((double)ml["retrievability"]!, 0, 1);
        Assert.InRange((double)ml["fsrs"]!["stability"]!, 0.01, 100);
        Assert.InRange((double)ml["fsrs"]!["difficulty"]!, 1, 10);
        Assert.NotNull((await DueItem("adam"))["fsrs"]);                               // no curriculum track: the active group's scheduler
        var mlLens = Assert.Single(await Lenses("curricula/ml-mini/notes/ml-mini-d1.md"));
        Assert.Matches(@"^(Overdue \d+ days?|Due today|Next review .+) · 2 reviews · R \d+ % · stability [\d.]+ (d|h|min) · difficulty \d+\.\d$", mlLens);

        await Client.RequestAsync<JsonNode>("prepcode/setActiveGroup", new { group = "SWE" });
        var swe = await DueItem("swe-mini-d1");
        Assert.Null(swe["retrievability"]);
        Assert.Null(swe["fsrs"]);
        Assert.Equal(6, (int)swe["state"]!["intervalDays"]!);                           // SM-2: I(2) = 6, never touched by ML's FSRS
        Assert.Null((await DueItem("adam"))["retrievability"]);                         // follows SWE now: SM-2
        Assert.Matches(@" · 2 reviews · EF \d\.\d\d$", Assert.Single(await Lenses("curricula/swe-mini/notes/swe-mini-d1.md")));
        Assert.DoesNotContain(" R ", Assert.Single(await Lenses("curricula/swe-mini/notes/swe-mini-d1.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_fits_the_active_group_or_the_one_asked_for_and_asks_the_editor_to_refresh_its_lenses()
    {
        await Start(codeLensRefresh: true, PerGroup);
        await GradeAt("2026-11-10T10:00:00Z", PerGroup, ("ml-mini-d1", 4), ("swe-mini-d1", 4));
        await GradeAt("2026-11-14T10:00:00Z", PerGroup, ("ml-mini-d1", 1), ("swe-mini-d1", 4));
        await GradeAt(Now, PerGroup);
        var before = Refreshes;

        var ml = await Client.RequestAsync<JsonNode>("prepcode/optimizeSchedule", new { });
        Assert.Equal("ML", (string)ml["trackGroup"]!);
        Assert.True((bool)ml["usesFsrs"]!);
        Assert.Equal(1, (int)ml["scoredReviews"]!);                                     // the ML topic's second review; SWE's is not ML's
        Assert.Equal(before + 1, Refreshes);                                             // sent (and answered) before the response

        var swe = await Client.RequestAsync<JsonNode>("prepcode/optimizeSchedule", new { group = "SWE" });
        Assert.Equal("SWE", (string)swe["trackGroup"]!);
        Assert.False((bool)swe["usesFsrs"]!);
        Assert.StartsWith("FSRS (SWE)", (string)swe["message"]!, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => Client.RequestAsync<JsonNode>("prepcode/optimizeSchedule", new { group = "Data" }));
        Assert.Equal(4004, error.ErrorCode);
    }

    [Fact]
    public async Task An_editor_without_lens_refresh_support_is_never_sent_a_refresh()
    {
        await Start(codeLensRefresh: false, "fsrs");
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 4 });

        await Client.RequestAsync<JsonNode>("prepcode/optimizeSchedule", new { });
        await Client.RequestAsync<JsonNode>("prepcode/setActiveGroup", new { group = "SWE" });
        await GradeAt("2026-11-23T10:00:00Z", "sm2");

        Assert.Equal(0, Refreshes);
    }

    [Fact]
    public async Task Switching_a_groups_scheduler_or_the_active_group_refreshes_the_lenses()
    {
        await Start(codeLensRefresh: true, "sm2");
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 4 });
        Assert.Contains(" · EF ", Assert.Single(await Lenses("curricula/ml-mini/notes/ml-mini-d1.md")), StringComparison.Ordinal);

        var before = Refreshes;
        await GradeAt(Now, PerGroup);
        await Client.WaitForAsync("workspace/codeLens/refresh", _ => Refreshes > before);
        Assert.Contains(" · R ", Assert.Single(await Lenses("curricula/ml-mini/notes/ml-mini-d1.md")), StringComparison.Ordinal);

        before = Refreshes;
        await Client.RequestAsync<JsonNode>("prepcode/setActiveGroup", new { group = "SWE" });
        Assert.Equal(before + 1, Refreshes);
    }

    [Fact]
    public async Task The_review_plan_follows_the_interval_of_the_items_own_groups_scheduler()
    {
        await Start(codeLensRefresh: false, PerGroup);
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 5 });   // FSRS Easy: S0 = 8.3 days
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "swe-mini-d1", quality = 5 });  // SM-2: I(1) = 1 day

        var ml = await Client.RequestAsync<JsonNode>("prepcode/reviewPlan", new { id = "ml-mini-d1" });
        var swe = await Client.RequestAsync<JsonNode>("prepcode/reviewPlan", new { id = "swe-mini-d1" });

        Assert.Equal(((string)ml["type"]!, (int)ml["intervalDays"]!), ("fullRecall", 8));
        Assert.Equal(((string)swe["type"]!, (int)swe["intervalDays"]!), ("quickRefresh", 1));
    }

    [Theory]
    [InlineData("""{ "ML": "fsrz" }""", "Unknown scheduler 'fsrz'")]
    [InlineData("""{ "Data": "fsrs" }""", "'Data' is not a track group")]
    [InlineData("""[ "fsrs" ]""", "one per track group")]
    public async Task A_malformed_per_group_scheduler_is_refused_in_words_and_the_old_one_stays(string scheduler, string message)
    {
        await Start(codeLensRefresh: false, PerGroup);
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 4 });

        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { now = Now, scheduler = JsonNode.Parse(scheduler) } } });

        var shown = await Client.WaitForAsync("window/showMessage");
        Assert.Contains(message, (string)shown!["message"]!, StringComparison.Ordinal);
        Assert.NotNull((await DueItem("ml-mini-d1"))["retrievability"]);                // still FSRS for ML
    }
}
