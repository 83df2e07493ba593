using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests.Tracks;

public sealed class TrackSettingsOverrideTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public TrackSettingsOverrideTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 3);
        TrackWorkspace.WriteConfig(_ws, """{ "tracks": { "ml-mini": { "startDate": "2026-11-22" } }, "activeGroup": "ML" }""");
    }

    public void Dispose() => _ws.Dispose();

    private static async Task<int> DayOf(LspClient client) =>
        (int)(await client.RequestAsync<JsonNode>("prepcode/today", new { }))["tracks"]!.AsArray()
            .Single(t => (string)t!["id"]! == "ml-mini")!["dayNumber"]!;

    [Fact]
    public async Task The_tracks_setting_overrides_the_config_file_and_a_change_applies_without_a_restart()
    {
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root, new
        {
            now = "2026-11-22T10:00:00Z",
            tracks = new Dictionary<string, object> { ["ml-mini"] = new { startDate = "2026-11-21" } },
        });
        Assert.Equal(2, await DayOf(server.Client));                               // the setting's start date wins

        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new
        {
            now = "2026-11-22T10:00:00Z",
            tracks = new Dictionary<string, object> { ["ml-mini"] = new { accelerationDays = 2 } },
        } } });
        await Poll.Until(async () => await DayOf(server.Client) == 3);
        Assert.Equal(3, await DayOf(server.Client));                               // config start date + 2 days skipped
        Assert.Contains("\"startDate\": \"2026-11-22\"", File.ReadAllText(Path.Combine(_ws.Root, ".prepcode", "config.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_day_number_follows_the_time_zone_and_day_start_hour_settings()
    {
        // 20:30 UTC on 22 Nov is 05:30 on 23 Nov in Tokyo and 15:30 on 22 Nov in New York; the track starts on 22 Nov.
        const string now = "2026-11-22T20:30:00Z";
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root, new { now, timeZone = "Asia/Tokyo", dayStartHour = 4 });
        Assert.Equal(2, await DayOf(server.Client));                               // Tokyo: already the 23rd

        async Task Change(object settings, int expected)
        {
            await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = settings } });
            await Poll.Until(async () => await DayOf(server.Client) == expected);
        }

        await Change(new { now, timeZone = "Asia/Tokyo", dayStartHour = 6 }, 1);          // 05:30 is before a 06:00 day start
        await Change(new { now, timeZone = "America/New_York", dayStartHour = 4 }, 1);    // New York: still the 22nd
        await Change(new { now = "2026-11-23T08:30:00Z", timeZone = "America/New_York", dayStartHour = 4 }, 1);   // 03:30 on the 23rd
        await Change(new { now = "2026-11-23T08:30:00Z", timeZone = "America/New_York", dayStartHour = 0 }, 2);   // midnight start
        var today = await server.Client.RequestAsync<JsonNode>("prepcode/today", new { });
        Assert.Equal("2026-11-23", (string)today["today"]!);
    }

    [Fact]
    public async Task An_inactive_track_leaves_the_today_view_whether_config_or_setting_says_so()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-other", "ML", 2);
        TrackWorkspace.WriteConfig(_ws, """{ "tracks": { "ml-mini": { "startDate": "2026-11-22" }, "ml-other": { "startDate": "2026-11-22", "active": false } } }""");
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root, new { now = "2026-11-22T10:00:00Z" });
        async Task<List<string>> Shown() =>
            [.. (await server.Client.RequestAsync<JsonNode>("prepcode/today", new { }))["tracks"]!.AsArray().Select(t => (string)t!["id"]!)];
        Assert.Equal(["ml-mini"], await Shown());

        await server.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new
        {
            now = "2026-11-22T10:00:00Z",
            tracks = new Dictionary<string, object> { ["ml-mini"] = new { active = false }, ["ml-other"] = new { active = true } },
        } } });
        await Poll.Until(async () => (await Shown()).SequenceEqual(["ml-other"]));
    }
}
