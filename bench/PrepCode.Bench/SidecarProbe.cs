using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace PrepCode.Bench;

/// <summary>Starts the real sidecar on a folder, as the extension does (<c>dotnet dist/server/PrepCode.Server.dll</c>):
/// time to the initialize answer, time until the first index is done (the first prepcode/dueChanged), and the
/// process's peak resident memory (VmHWM).</summary>
internal static class SidecarProbe
{
    /// <summary>The sidecar as shipped: dist/server of this repository, published by scripts/publish-server.sh
    /// (what <c>npm run build:server</c> and <c>npm run package</c> run) unless <paramref name="reuse"/> and it exists.</summary>
    public static string Publish(bool reuse)
    {
        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "PrepCode.sln"))) repo = repo.Parent;
        if (repo is null) throw new InvalidOperationException("The bench runs from inside the PrepCode repository.");
        var dll = Path.Combine(repo.FullName, "dist", "server", "PrepCode.Server.dll");
        if (reuse && File.Exists(dll)) return dll;
        var psi = new ProcessStartInfo("bash", [Path.Combine(repo.FullName, "scripts", "publish-server.sh")]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 || !File.Exists(dll)) throw new InvalidOperationException("scripts/publish-server.sh failed.");
        return dll;
    }

    /// <summary>Also the notes the first index parsed and the time the sidecar took to persist the index after the
    /// due counts (from its log); the peak is read at the first due counts and again after that write, the Due tree's
    /// and the stats' requests and 3 s of idling (the peak of the whole start).</summary>
    public static (double InitializeMs, double IndexedMs, long PeakBytes, int Parsed, double SaveMs, long PeakAtCountsBytes) Run(string dll, string root)
    {
        var psi = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var parsed = -1;
        var saveMs = double.NaN;
        using var saved = new ManualResetEventSlim();
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            var m = System.Text.RegularExpressions.Regex.Match(e.Data, @"\((\d+) parsed\)");
            if (m.Success && parsed < 0) parsed = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            m = System.Text.RegularExpressions.Regex.Match(e.Data, @"persisted \d+ notes of the index in (\d+) ms");
            if (m.Success && !saved.IsSet)
            {
                saveMs = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                saved.Set();
            }
        };
        p.BeginErrorReadLine();
        Send(p, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"ROOT","capabilities":{}}}""".Replace("ROOT", new Uri(root).AbsoluteUri, StringComparison.Ordinal));
        double init = 0, indexed = 0;
        while (true)
        {
            var m = Read(p);
            if ((int?)m["id"] == 1 && m["method"] is null)
            {
                init = sw.Elapsed.TotalMilliseconds;
                Send(p, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");
            }
            if ((string?)m["method"] == "prepcode/dueChanged") { indexed = sw.Elapsed.TotalMilliseconds; break; }
        }
        var peakAtCounts = PeakBytes(p.Id);
        saved.Wait(TimeSpan.FromSeconds(60));
        // Then what the extension asks at start (the Due tree, stats), and 3 s of idling: the peak of the whole start.
        Send(p, """{"jsonrpc":"2.0","id":3,"method":"prepcode/dueItems","params":{}}""");
        Send(p, """{"jsonrpc":"2.0","id":4,"method":"prepcode/stats","params":{}}""");
        for (var answered = 0; answered < 2;) if (Read(p) is var r && r["id"] is not null && r["method"] is null) answered++;
        Thread.Sleep(3000);
        var peak = PeakBytes(p.Id);
        Send(p, """{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}""");
        Send(p, """{"jsonrpc":"2.0","method":"exit","params":null}""");
        p.WaitForExit(10000);
        return (init, indexed, peak, parsed, saveMs, peakAtCounts);
    }

    private static long PeakBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return -1;
    }

    private static void Send(Process p, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        p.StandardInput.BaseStream.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        p.StandardInput.BaseStream.Write(body);
        p.StandardInput.BaseStream.Flush();
    }

    private static JsonNode Read(Process p)
    {
        var s = p.StandardOutput.BaseStream;
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var b = s.ReadByte();
            if (b < 0) throw new InvalidOperationException("the sidecar closed its output");
            header.Append((char)b);
        }
        var len = int.Parse(header.ToString().Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[len];
        s.ReadExactly(body);
        return JsonNode.Parse(body)!;
    }
}
