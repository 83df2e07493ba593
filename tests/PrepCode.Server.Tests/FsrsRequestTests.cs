using System.Diagnostics;
using System.Text.Json.Nodes;
using PrepCode.Core.Evaluation;

namespace PrepCode.Server.Tests;

/// <summary>prepcode.scheduler = "fsrs" over JSON-RPC: predicted recall in due items and lenses, optimize, export; and the CLI's evaluate.</summary>
public sealed class FsrsRequestTests : IAsyncLifetime, IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly InMemoryServer _server = new();
    private LspClient Client => _server.Client;

    public async Task InitializeAsync() => await Client.InitializeAsync(_ws.Root, new { now = "2026-11-22T10:00:00Z", scheduler = "sm2" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _ws.Dispose();

    private Task<JsonNode> Due() => Client.RequestAsync<JsonNode>("prepcode/dueItems", new { });

    private async Task<JsonNode> Configure(string scheduler, string now)
    {
        await Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { prepcode = new { now, scheduler } } });
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline;)
        {
            var due = await Due();
            var first = due["overdue"]!.AsArray().Concat(due["dueToday"]!.AsArray()).FirstOrDefault();
            if ((string)due["today"]! == now[..10] && (first?["retrievability"] is not null) == (scheduler == "fsrs")) return due;
            await Task.Delay(20);
        }
        throw new TimeoutException($"settings {scheduler} {now} were not applied");
    }

    [Fact]
    public async Task Under_fsrs_due_items_and_lenses_show_predicted_recall_lowest_first_and_switching_back_hides_it()
    {
        var ids = (await Due())["new"]!.AsArray().Select(i => (string)i!["id"]!).Take(3).ToList();
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = ids[0], quality = 5 });
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = ids[1], quality = 1 });
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = ids[2], quality = 4 });

        var due = await Configure("fsrs", "2026-12-30T10:00:00Z");
        var now = due["overdue"]!.AsArray().Concat(due["dueToday"]!.AsArray()).ToList();
        Assert.Equal(3, now.Count);
        var recall = now.Select(i => (double)i!["retrievability"]!).ToList();
        Assert.All(recall, r => Assert.InRange(r, 0, 1));
        Assert.Equal([.. recall.Order()], recall);
        Assert.Equal(ids[1], (string)now[0]!["id"]!);                               // failed: least likely recalled

        var lenses = await Client.RequestAsync<JsonArray>("textDocument/codeLens", new { textDocument = new { uri = _ws.Uri("notes/optimizers.md") } });
        Assert.Contains(lenses, l => System.Text.RegularExpressions.Regex.IsMatch((string)l!["command"]!["title"]!, @" · R \d+ % · stability [\d.]+ (d|h|min) · difficulty [\d.]+$"));
        Assert.DoesNotContain(lenses, l => ((string)l!["command"]!["title"]!).Contains(" EF ", StringComparison.Ordinal));   // SM-2's ease means nothing under FSRS

        due = await Configure("sm2", "2026-12-30T10:00:00Z");
        Assert.All(due["overdue"]!.AsArray(), i => Assert.Null(i!["retrievability"]));
        Assert.Equal(3, due["counts"]!["overdue"]!.GetValue<int>() + due["counts"]!["today"]!.GetValue<int>());
    }

    [Fact]
    public async Task Optimize_reports_the_log_loss_and_export_returns_the_review_log_as_csv()
    {
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 4 });
        await Configure("fsrs", "2026-11-25T10:00:00Z");
        await Client.RequestAsync<JsonNode>("prepcode/grade", new { id = "adam", quality = 1 });

        var optimized = await Client.RequestAsync<JsonNode>("prepcode/optimizeSchedule", new { });
        Assert.Equal("ML", (string)optimized["trackGroup"]!);                       // no curricula: everything is in the active group, ML
        Assert.True((bool)optimized["usesFsrs"]!);
        Assert.Equal(21, optimized["weights"]!.AsArray().Count);
        Assert.Equal(1, (int)optimized["scoredReviews"]!);
        Assert.StartsWith("FSRS (ML)", (string)optimized["message"]!, StringComparison.Ordinal);

        var export = await Client.RequestAsync<JsonNode>("prepcode/exportReviews", new { });
        Assert.Equal(2, (int)export["rows"]!);
        var read = ReviewLogCsv.Parse((string)export["csv"]!);
        Assert.Empty(read.Errors);
        Assert.Equal(["adam", "adam"], read.Entries.Select(e => e.CardId));
        Assert.Equal([3, 1], read.Entries.Select(e => (int)e.Rating));
    }

    [Fact]
    public void The_cli_evaluate_command_prints_sm2_fsrs_default_and_fsrs_fitted_for_a_review_log_csv()
    {
        var csv = Path.Combine(FindRoot(), "tests", "fixtures", "reviews", "simulated-300-cards-seed-2.csv");
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "prepcode.dll"), "evaluate", csv]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, p.StandardError.ReadToEnd());
        Assert.Contains("300 cards, 2980 reviews", output, StringComparison.Ordinal);
        foreach (var model in new[] { "SM-2", "FSRS-6 default", "FSRS-6 fitted" })
            Assert.Matches($@"(?m)^{model}\s+0\.\d{{4}}\s+0\.\d{{4}}\s+0\.\d{{4}}$", output);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PrepCode.sln"))) return dir.FullName;
        throw new InvalidOperationException("PrepCode.sln not found");
    }
}
