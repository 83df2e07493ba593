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
}
