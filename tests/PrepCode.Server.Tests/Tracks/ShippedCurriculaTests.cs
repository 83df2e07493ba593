using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests.Tracks;

public sealed class ShippedCurriculaTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task A_workspace_curriculum_replaces_the_shipped_track_with_the_same_id()
    {
        TrackWorkspace.WriteTrack(_ws, "recommendations", "ML", 2, title: "My own recommendations");
        await using var server = new InMemoryServer();
        await server.Client.InitializeAsync(_ws.Root, new { now = "2026-11-22T10:00:00Z", curriculaPath = TrackWorkspace.ShippedCurricula() });

        var today = await server.Client.RequestAsync<JsonNode>("prepcode/today", new { });
        var titles = today["tracks"]!.AsArray().Select(t => (string)t!["title"]!).ToList();
        Assert.Contains("My own recommendations", titles);
        Assert.DoesNotContain("Recommendations Deep Dive", titles);
        Assert.Contains("ML Algorithms", titles);                               // the other shipped ML tracks stay
        var algorithms = today["tracks"]!.AsArray().Single(t => (string)t!["id"]! == "ml-algorithms")!;
        Assert.Equal("noStartDate", (string)algorithms["status"]!);
        Assert.Equal("mla-nn-fundamentals", (string)algorithms["topics"]![0]!["id"]!);
        Assert.False((bool)algorithms["topics"]![0]!["isStudyItem"]!);          // shipped notes are not in this workspace
        Assert.NotEmpty(algorithms["topics"]![0]!["practice"]!.AsArray());
    }
}
