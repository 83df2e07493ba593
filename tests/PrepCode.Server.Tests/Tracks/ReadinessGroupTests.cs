using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests.Tracks;

public sealed class ReadinessGroupTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public ReadinessGroupTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 1);
        TrackWorkspace.WriteTrack(_ws, "swe-mini", "SWE", 1);
        TrackWorkspace.WriteConfig(_ws, """{ "activeGroup": "ML" }""");
        _ws.Write("notes/trees.md", "---\ntrack: ml-mini\ndomain: Classical ML\n---\n# Trees\n\n## Random forest {#forest}\n\n### Key points\n- Bagging lowers variance\n");
        _ws.Write("notes/heaps.md", "---\ntrack: swe-mini\ndomain: Coding Patterns\n---\n# Heaps\n\n## Top k {#top-k}\n\n### Key points\n- A min-heap of size k\n");
        _ws.Write("notes/stories.md", "---\ndomain: Behavioral\n---\n# Stories\n\n## Conflict story {#conflict}\n\n### Key points\n- Situation, task, action, result\n");
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task The_readiness_view_lists_the_active_groups_domains_and_notes_without_a_track()
    {
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root);
        async Task<List<string>> Domains() => [.. (await server.Client.RequestAsync<JsonNode>("prepcode/readiness", new { }))["domains"]!
            .AsArray().Select(d => (string)d!["domain"]!)];

        var ml = await Domains();
        Assert.Contains("Classical ML", ml);
        Assert.Contains("Behavioral", ml);
        Assert.DoesNotContain("Coding Patterns", ml);

        await server.Client.RequestAsync<JsonNode>("prepcode/setActiveGroup", new { group = "SWE" });
        var swe = await Domains();
        Assert.Contains("Coding Patterns", swe);
        Assert.Contains("Behavioral", swe);
        Assert.DoesNotContain("Classical ML", swe);
    }
}
