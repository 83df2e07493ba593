using System.Diagnostics;

namespace PrepCode.Server.Tests.Tracks;

/// <summary><c>prepcode optimize --group</c> and <c>--scheduler ML=fsrs,SWE=sm2</c> in the terminal.</summary>
public sealed class CliFsrsGroupTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public CliFsrsGroupTests()
    {
        TrackWorkspace.WriteTrack(_ws, "ml-mini", "ML", 1);
        TrackWorkspace.WriteTrack(_ws, "swe-mini", "SWE", 1);
        TrackWorkspace.WriteConfig(_ws, """{ "activeGroup": "ML" }""");
    }

    public void Dispose() => _ws.Dispose();

    private static async Task<(int Exit, string Output, string Error)> Cli(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "prepcode.dll"), .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment.Remove("PREPCODE_NOW");
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output.Replace("\r\n", "\n", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task Optimize_fits_the_group_asked_for_and_due_shows_fsrs_state_only_for_the_fsrs_group()
    {
        foreach (var day in new[] { "2026-11-10", "2026-11-13" })
        {
            Assert.Equal(0, (await Cli("grade", _ws.Root, "ml-mini-d1", "4", "--now", $"{day}T10:00:00Z")).Exit);
            Assert.Equal(0, (await Cli("grade", _ws.Root, "swe-mini-d1", "4", "--now", $"{day}T10:00:00Z")).Exit);
        }

        var swe = await Cli("optimize", _ws.Root, "--group", "SWE", "--now", "2026-11-22T10:00:00Z");
        Assert.Equal(0, swe.Exit);
        Assert.Contains("FSRS-6 for track group SWE fitted to 1 review: log loss", swe.Output, StringComparison.Ordinal);
        Assert.Contains("Weights stored for track group 'SWE'", swe.Output, StringComparison.Ordinal);

        var due = await Cli("due", _ws.Root, "--scheduler", "ML=fsrs,SWE=sm2", "--now", "2026-11-22T10:00:00Z");
        Assert.Equal(0, due.Exit);
        Assert.Matches(@"Topic 1 of ml-mini  \(curricula/ml-mini/notes/ml-mini-d1\.md:\d+ · \d+d · R \d+ % · stability [\d.]+ (d|h|min) · difficulty [\d.]+\)", due.Output);
        Assert.Matches(@"Topic 1 of swe-mini  \(curricula/swe-mini/notes/swe-mini-d1\.md:\d+ · 6d · EF 2\.50\)", due.Output);

        var wrong = await Cli("optimize", _ws.Root, "--group", "Data");
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("--group must be ML or SWE", wrong.Error, StringComparison.Ordinal);
    }
}
