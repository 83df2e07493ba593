using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests.Tracks;

public sealed class PlannedTodayCheckTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public PlannedTodayCheckTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 3);
        TrackWorkspace.WriteConfig(_ws, """{ "tracks": { "ml-mini": { "startDate": "2026-11-21" } }, "activeGroup": "ML" }""");
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task A_knowledge_check_asks_first_about_the_topic_the_curriculum_plans_for_today()
    {
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root);
        var started = await server.Client.RequestAsync<JsonNode>("prepcode/startCheck", new { count = 1 });
        Assert.Equal(1, (int)started["newQuestions"]!);
        var text = File.ReadAllText(Path.Combine(_ws.Root, "checks", "2026-11-22.md"));
        Assert.Contains("item=ml-mini-d2 ", text, StringComparison.Ordinal);       // day 2 of the track, not any other new item
    }
}
