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

    [Fact]
    public async Task The_open_tasks_of_the_plans_current_day_are_planned_today_too()
    {
        _ws.Write("plan.md", """
            ---
            prep-plan: true
            ---
            # 🎯 Study plan

            **Day 1 (Sat, Nov 21)** ✅ **COMPLETED**:
            - [x] Topic 1 of ml-mini

            **Day 2 (Sun, Nov 22)** 🔄:
            - [x] Adam optimizer ✅
            - [ ] Re-read [the third topic](curricula/ml-mini/notes/ml-mini-d3.md) 📚
            - [ ] 🎯 Mock interview: 2-minute project pitch

            **Day 3 (Mon, Nov 23)**:
            - [ ] SGD with momentum
            """);
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root);
        var started = await server.Client.RequestAsync<JsonNode>("prepcode/startCheck", new { count = 2 });
        Assert.Equal(2, (int)started["newQuestions"]!);
        var text = File.ReadAllText(Path.Combine(_ws.Root, "checks", "2026-11-22.md"));
        // The curriculum's day 2 and the topic the plan links today; not the ticked Adam task nor tomorrow's SGD.
        Assert.Contains("item=ml-mini-d2 ", text, StringComparison.Ordinal);
        Assert.Contains("item=ml-mini-d3 ", text, StringComparison.Ordinal);
    }
}
