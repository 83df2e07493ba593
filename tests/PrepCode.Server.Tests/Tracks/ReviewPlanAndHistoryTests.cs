using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests.Tracks;

public sealed class ReviewPlanAndHistoryTests : IAsyncLifetime, IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public ReviewPlanAndHistoryTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 2);
        TrackWorkspace.WriteTrack(_ws, "swe-mini", "SWE", 2);
        TrackWorkspace.WriteConfig(_ws, """{ "tracks": { "ml-mini": { "startDate": "2026-11-20" } }, "activeGroup": "ML" }""");
    }

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root, new { now = "2026-11-20T10:00:00Z", scheduler = "fixed" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private async Task MoveTo(string day)
    {
        var now = $"{day}T10:00:00Z";
        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { now, scheduler = "fixed" } } });
        await Poll.Until(async () => (string)(await Client.RequestAsync<JsonNode>("prepcode/today", new { }))["today"]! == day);
    }

    private Task<JsonNode> Plan(string id) => Client.RequestAsync<JsonNode>("prepcode/reviewPlan", new { id });

    private static List<string> Questions(JsonNode plan) => [.. plan["questions"]!.AsArray().Select(q => (string)q!["question"]!)];

    [Fact]
    public async Task The_review_type_follows_the_interval_and_never_repeats_the_previous_reviews_questions()
    {
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 4 });   // completed: next review in 1 day
        await MoveTo("2026-11-21");
        var quick = await Plan("ml-mini-d1");
        Assert.Equal("quickRefresh", (string)quick["type"]!);
        Assert.InRange(Questions(quick).Count, 1, 2);
        Assert.Empty(quick["keyPoints"]!.AsArray());
        Assert.Equal(Questions(quick), Questions(await Plan("ml-mini-d1")));   // the same day: the same review

        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 4 });   // next: 3 days after completion
        await MoveTo("2026-11-23");
        var moderate = await Plan("ml-mini-d1");
        Assert.Equal("moderateDepth", (string)moderate["type"]!);
        Assert.Equal(3, (int)moderate["intervalDays"]!);
        Assert.Equal(3, Questions(moderate).Count);
        Assert.Empty(Questions(moderate).Intersect(Questions(quick)));

        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 4 });   // 7 days after completion
        await MoveTo("2026-11-27");
        var full = await Plan("ml-mini-d1");
        Assert.Equal("fullRecall", (string)full["type"]!);
        Assert.Equal(4, full["keyPoints"]!.AsArray().Count);
        Assert.Empty(Questions(full).Intersect(Questions(moderate)));

        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 4 });   // 14 days after completion
        await MoveTo("2026-12-04");
        var longTerm = await Plan("ml-mini-d1");
        Assert.Equal("longTermRetention", (string)longTerm["type"]!);
        Assert.Equal(4, Questions(longTerm).Count);
        Assert.Equal("scenario", (string)longTerm["questions"]![0]!["type"]!);
    }

    [Fact]
    public async Task A_topic_completed_from_the_today_view_is_due_the_next_day_like_any_note_topic()
    {
        static JsonNode Topic(JsonNode today) => today["tracks"]!.AsArray().Single(t => (string)t!["id"]! == "ml-mini")!["topics"]![0]!;
        var before = await Client.RequestAsync<JsonNode>("prepcode/today", new { });
        Assert.Equal("ml-mini-d1", (string)Topic(before)["id"]!);
        Assert.False((bool)Topic(before)["completed"]!);

        var done = await Client.RequestAsync<JsonNode>("prepcode/completeTopic", new { itemId = "ml-mini-d1", difficulty = 3, note = "clear" });
        Assert.Equal(4, (int)done["quality"]!);
        Assert.Equal("2026-11-21", (string)done["after"]!["dueDate"]!);
        Assert.True((bool)Topic(await Client.RequestAsync<JsonNode>("prepcode/today", new { }))["completed"]!);

        await MoveTo("2026-11-21");
        var due = await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });
        Assert.Contains("ml-mini-d1", due["dueToday"]!.AsArray().Select(i => (string)i!["id"]!));
        Assert.Equal("ml-mini-d2", (string)Topic(await Client.RequestAsync<JsonNode>("prepcode/today", new { }))["id"]!);
    }

    [Fact]
    public async Task History_counts_completions_and_reviews_per_day_and_forecasts_the_next_30_days()
    {
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 5 });   // completed 11-20
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 5 });   // same day: counted once
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "swe-mini-d1", quality = 5 });  // the other group
        await MoveTo("2026-11-21");
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d1", quality = 5 });   // review: next 3 days after completion
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "ml-mini-d2", quality = 5 });   // completed 11-21

        var history = await Client.RequestAsync<JsonNode>("prepcode/history", new { days = 7 });
        Assert.Equal("2026-11-21", (string)history["today"]!);
        Assert.Equal("ML", (string)history["activeGroup"]!);
        static List<(string, int)> Days(JsonNode? list) => [.. list!.AsArray().Select(d => ((string)d!["date"]!, (int)d["count"]!))];
        Assert.Equal([("2026-11-20", 1), ("2026-11-21", 1)], Days(history["completions"]));   // swe-mini is in the other group
        Assert.Equal([("2026-11-20", 1), ("2026-11-21", 2)], Days(history["reviews"]));
        var forecast = Days(history["forecast"]);
        Assert.Equal(30, forecast.Count);
        Assert.Equal(("2026-11-21", 0), forecast[0]);
        Assert.Equal(("2026-11-22", 1), forecast[1]);                           // ml-mini-d2, one day after completion
        Assert.Contains(forecast, f => f.Item1 == "2026-11-27" && f.Item2 == 1);   // ml-mini-d1: its second grade on day one counted as a review too
        Assert.Equal(2, forecast.Sum(f => f.Item2));
        Assert.Empty(history["checkScores"]!.AsArray());
    }
}

public sealed class TrackStartOnCompletionTests : IAsyncLifetime, IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public TrackStartOnCompletionTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 3);
        TrackWorkspace.WriteConfig(_ws, """{ "activeGroup": "ML", "mine": 1 }""");
    }

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root, new { now = "2026-11-20T10:00:00Z", scheduler = "fixed" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private async Task<JsonNode> Track() =>
        (await Client.RequestAsync<JsonNode>("prepcode/today", new { }))["tracks"]!.AsArray().Single(t => (string)t!["id"]! == "ml-mini")!;

    [Fact]
    public async Task Completing_a_topic_of_a_track_without_a_start_date_starts_the_track_so_the_next_day_shows_the_next_topic()
    {
        Assert.Null((string?)(await Track())["startDate"]);
        var done = await Client.RequestAsync<JsonNode>("prepcode/completeTopic", new { itemId = "ml-mini-d1", difficulty = 3 });
        Assert.Contains("now starts on 2026-11-20", (string)done["message"]!);

        Assert.Equal("2026-11-20", (string)(await Track())["startDate"]!);
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(_ws.Root, ".prepcode", "config.json")))!;
        Assert.Equal("2026-11-20", (string)config["tracks"]!["ml-mini"]!["startDate"]!);
        Assert.Equal(1, (int)config["mine"]!);                                           // other keys kept

        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { now = "2026-11-21T10:00:00Z", scheduler = "fixed" } } });
        await Poll.Until(async () => (int)(await Track())["dayNumber"]! == 2);
        Assert.Equal("ml-mini-d2", (string)(await Track())["topics"]![0]!["id"]!);

        // A later completion (here: day 3's topic a day early) leaves the start date alone.
        done = await Client.RequestAsync<JsonNode>("prepcode/completeTopic", new { itemId = "ml-mini-d3", difficulty = 3 });
        Assert.DoesNotContain("now starts", (string)done["message"]!);
        Assert.Equal("2026-11-20", (string)(await Track())["startDate"]!);
    }
}
