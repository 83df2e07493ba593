using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests;

/// <summary>The sidecar persists its index after the first due counts; a later index and a restart parse only changes.</summary>
public class PersistedIndexRequestTests
{
    [Fact]
    public async Task After_the_first_index_a_reindex_or_a_restart_parses_only_changed_notes()
    {
        using var ws = new TestWorkspace();
        foreach (var file in Directory.GetFiles(ws.Root, "*.md", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        await using (var server = new InMemoryServer())
        {
            await server.Client.InitializeAsync(ws.Root);
            var reindex = await server.Client.RequestAsync<JsonNode>("prepcode/reindex", new { });   // after the first index and its save
            Assert.Equal(2, (int)reindex["notes"]!);
            Assert.Equal(0, (int)reindex["reparsed"]!);
        }
        ws.Write("notes/new.md", "## New {#new}\n\nQ?::A\n");
        await using (var server = new InMemoryServer())
        {
            await server.Client.InitializeAsync(ws.Root);
            var reindex = await server.Client.RequestAsync<JsonNode>("prepcode/reindex", new { });
            Assert.Equal(3, (int)reindex["notes"]!);
            Assert.Equal(1, (int)reindex["reparsed"]!);   // new.md: written now, so parsed by every run for 2 s
        }
    }
}
