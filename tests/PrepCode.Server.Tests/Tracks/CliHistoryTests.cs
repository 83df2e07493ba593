using System.Diagnostics;

namespace PrepCode.Server.Tests.Tracks;

public sealed class CliHistoryTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private async Task<string> Cli(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "prepcode.dll");
        var psi = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment.Remove("PREPCODE_NOW");
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepcode_history_prints_completions_reviews_and_the_forecast_of_the_active_group()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 2);
        TrackWorkspace.WriteTrack(_ws, "swe-mini", "SWE", 1);
        TrackWorkspace.WriteConfig(_ws, """{ "activeGroup": "ML" }""");
        await Cli("grade", _ws.Root, "ml-mini-d1", "5", "--now", "2026-11-20T10:00:00Z");
        await Cli("grade", _ws.Root, "swe-mini-d1", "5", "--now", "2026-11-20T10:00:00Z");
        await Cli("grade", _ws.Root, "ml-mini-d1", "5", "--now", "2026-11-21T10:00:00Z");
        await Cli("grade", _ws.Root, "ml-mini-d2", "5", "--now", "2026-11-21T10:00:00Z");

        var text = await Cli("history", _ws.Root, "--now", "2026-11-21T12:00:00Z", "--days", "7");
        Assert.Contains("History of the ML tracks · 2026-11-15 to 2026-11-21", text, StringComparison.Ordinal);
        Assert.Contains("Completions per day (first grade of an item):\n  2026-11-20  # 1\n  2026-11-21  # 1\n", text, StringComparison.Ordinal);
        Assert.Contains("Reviews per day (items graded):\n  2026-11-20  # 1\n  2026-11-21  ## 2\n", text, StringComparison.Ordinal);
        Assert.Contains("Knowledge-check scores (mean percent per day):\n  (none yet)\n", text, StringComparison.Ordinal);
        Assert.Contains("Reviews due, next 30 days: 2\n  2026-11-22 Sun  # 1\n  2026-11-27 Fri  # 1\n", text, StringComparison.Ordinal);

        var standard = await Cli("history", _ws.Root, "--now", "2026-11-21T12:00:00Z");   // the History view's 13 weeks
        Assert.Contains("History of the ML tracks · 2026-08-23 to 2026-11-21", standard, StringComparison.Ordinal);
    }
}
