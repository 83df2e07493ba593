using System.Text.Json.Nodes;
using StreamJsonRpc;

namespace PrepCode.Server.Tests.Tracks;

public sealed class TodayTests : IAsyncLifetime, IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public TodayTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 3);
        TrackWorkspace.WriteTrack(_ws, "ml-short", "ML", 2);
        TrackWorkspace.WriteTrack(_ws, "swe-mini", "SWE", 3);
        TrackWorkspace.WriteConfig(_ws, """
            {
              "theme": "keep me",
              "tracks": {
                "ml-mini": { "startDate": "2026-11-22", "accelerationDays": 1, "colour": "blue" },
                "ml-short": { "startDate": "2026-11-10" },
                "swe-mini": { "startDate": "2026-11-21" }
              },
              "activeGroup": "ML"
            }
            """);
    }

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private Task<JsonNode> Today() => Client.RequestAsync<JsonNode>("prepcode/today", new { });

    private static JsonNode Track(JsonNode today, string id) => today["tracks"]!.AsArray().Single(t => (string)t!["id"]! == id)!;

    private async Task<List<string?>> DueTracks()
    {
        var due = await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });
        return [.. due["new"]!.AsArray().Concat(due["dueToday"]!.AsArray()).Select(i => (string?)i!["track"])];
    }

    [Fact]
    public async Task Today_shows_each_tracks_topic_from_its_start_date_and_acceleration_days()
    {
        var today = await Today();
        Assert.Equal("2026-11-22", (string)today["today"]!);
        Assert.Equal("ML", (string)today["activeGroup"]!);
        Assert.Equal(["ML", "SWE"], today["groups"]!.AsArray().Select(g => (string)g!));

        var mini = Track(today, "ml-mini");                                   // starts today, one day skipped: day 2
        Assert.Equal(2, (int)mini["dayNumber"]!);
        Assert.Equal("Day 2 of 3: Day 2 of ml-mini", (string)mini["message"]!);
        var topic = mini["topics"]![0]!;
        Assert.Equal("ml-mini-d2", (string)topic["id"]!);
        Assert.True((bool)topic["isStudyItem"]!);                               // its notes heading {#ml-mini-d2} is a study item
        Assert.EndsWith("curricula/ml-mini/notes/ml-mini-d2.md", (string)topic["location"]!["uri"]!, StringComparison.Ordinal);
        Assert.Equal(4, (int)topic["location"]!["range"]!["start"]!["line"]!);
        Assert.Equal(6, topic["practice"]!.AsArray().Count);
        Assert.False((bool)topic["completed"]!);
    }

    [Fact]
    public async Task A_track_past_its_last_day_says_to_focus_on_reviews()
    {
        var shortTrack = Track(await Today(), "ml-short");
        Assert.Equal("finished", (string)shortTrack["status"]!);
        Assert.Equal("No topic for day 13: focus on reviews", (string)shortTrack["message"]!);
        Assert.Empty(shortTrack["topics"]!.AsArray());
    }

    [Fact]
    public async Task Switching_the_track_group_keeps_other_settings_and_shows_only_that_groups_items()
    {
        _ws.Write("notes/general.md", "# General {#general-topic}\n\nWhat is a heap?:: A tree with the heap property.\n");
        await Client.RequestAsync<JsonNode>("prepcode/reindex", new { });
        var mlDue = await DueTracks();
        Assert.Contains("ml-mini", mlDue);
        Assert.Contains(null, mlDue);                                            // notes without a track are always shown
        Assert.DoesNotContain("swe-mini", mlDue);

        var swe = await Client.RequestAsync<JsonNode>("prepcode/setActiveGroup", new { group = "SWE" });
        Assert.Equal("SWE", (string)swe["activeGroup"]!);
        Assert.Equal(["swe-mini"], swe["tracks"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.Equal(2, (int)Track(swe, "swe-mini")["dayNumber"]!);
        await Client.WaitForAsync("prepcode/dueChanged");

        var sweDue = await DueTracks();
        Assert.Contains("swe-mini", sweDue);
        Assert.Contains(null, sweDue);
        Assert.DoesNotContain("ml-mini", sweDue);

        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(_ws.Root, ".prepcode/config.json")))!;
        Assert.Equal("SWE", (string)config["activeGroup"]!);
        Assert.Equal("keep me", (string)config["theme"]!);
        Assert.Equal("blue", (string)config["tracks"]!["ml-mini"]!["colour"]!);
    }

    [Fact]
    public async Task Setting_a_start_date_moves_the_track_to_another_day_and_bad_dates_are_refused()
    {
        var today = await Client.RequestAsync<JsonNode>("prepcode/setTrackStart", new { trackId = "ml-mini", startDate = "2026-11-21", accelerationDays = 0 });
        Assert.Equal(2, (int)Track(today, "ml-mini")["dayNumber"]!);
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(_ws.Root, ".prepcode/config.json")))!;
        Assert.Equal("2026-11-21", (string)config["tracks"]!["ml-mini"]!["startDate"]!);

        var bad = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            Client.RequestAsync<JsonNode>("prepcode/setTrackStart", new { trackId = "ml-mini", startDate = "21.11.2026" }));
        Assert.Equal(4004, bad.ErrorCode);
        Assert.Contains("yyyy-MM-dd", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_curriculum_is_reported_on_its_line_and_left_out_whole()
    {
        _ws.Write("curricula/broken/curriculum.yaml", "id: broken\ntitle: Broken\ngroup: Biology\ndescription: x\ndays: []\n");
        var today = await Today();
        Assert.DoesNotContain("broken", today["tracks"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.True((int)today["curriculumErrors"]! >= 1);

        var uri = _ws.Uri("curricula/broken/curriculum.yaml");
        var published = await Client.WaitForAsync("textDocument/publishDiagnostics", p => (string)p!["uri"]! == uri);
        var group = published!["diagnostics"]!.AsArray().First(d => ((string)d!["message"]!).Contains("Biology", StringComparison.Ordinal))!;
        Assert.Equal(2, (int)group["range"]!["start"]!["line"]!);              // line 3 of the file, 0-based
        Assert.Equal(1, (int)group["severity"]!);

        TrackWorkspace.WriteTrack(_ws, "broken", "ML", 1);
        var fixedToday = await Today();
        Assert.Contains("broken", fixedToday["tracks"]!.AsArray().Select(t => (string)t!["id"]!));
        await Client.WaitForAsync("textDocument/publishDiagnostics", p => (string)p!["uri"]! == uri && p["diagnostics"]!.AsArray().All(d => (int)d!["severity"]! != 1));
    }

    [Fact]
    public async Task A_changed_curriculum_reported_by_the_file_watcher_gets_its_diagnostics_and_notes_still_index()
    {
        await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });
        _ws.Write("curricula/ml-mini/curriculum.yaml", "id: ml-mini\ntitle: [unclosed\n");
        _ws.Write("notes/extra.md", "# Extra {#extra-topic}\n\nWhat is extra?:: More.\n");
        await Client.NotifyAsync("workspace/didChangeWatchedFiles", new
        {
            changes = new[] { new { uri = _ws.Uri("curricula/ml-mini/curriculum.yaml"), type = 2 }, new { uri = _ws.Uri("notes/extra.md"), type = 1 } },
        });
        var uri = _ws.Uri("curricula/ml-mini/curriculum.yaml");
        var published = await Client.WaitForAsync("textDocument/publishDiagnostics", p => (string)p!["uri"]! == uri);
        Assert.Contains("malformed", (string)published!["diagnostics"]![0]!["message"]!, StringComparison.Ordinal);

        var today = await Today();
        Assert.DoesNotContain("ml-mini", today["tracks"]!.AsArray().Select(t => (string)t!["id"]!));   // never half-loaded
        var due = await Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });
        Assert.Contains("extra-topic", due["new"]!.AsArray().Select(i => (string)i!["id"]!));          // .md handling unchanged
    }
}
