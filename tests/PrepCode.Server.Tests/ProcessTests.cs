using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace PrepCode.Server.Tests;

/// <summary>Starts the real sidecar process and speaks to it over stdio, byte for byte.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static Process Start()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PrepCode.Server.dll");
        var psi = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["PREPCODE_NOW"] = "2026-11-22T10:00:00Z";
        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        return p;
    }

    private static void Send(Process p, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var stdin = p.StandardInput.BaseStream;
        stdin.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        stdin.Write(body);
        stdin.Flush();
    }

    /// <summary>Reads one framed message, failing if stdout holds anything that is not a Content-Length frame.</summary>
    private static JsonNode Read(Process p)
    {
        var stdout = p.StandardOutput.BaseStream;
        var header = new StringBuilder();
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var b = stdout.ReadByte();
            Assert.NotEqual(-1, b);
            header.Append((char)b);
        }
        Assert.StartsWith("Content-Length: ", header.ToString(), StringComparison.Ordinal);
        var length = int.Parse(header.ToString()["Content-Length: ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        stdout.ReadExactly(body);
        return JsonNode.Parse(body)!;
    }

    private static JsonNode ReadResponse(Process p, int id)
    {
        while (true)
        {
            var m = Read(p);
            if (m["method"] is not null && m["id"] is not null) Send(p, $$"""{"jsonrpc":"2.0","id":{{m["id"]!.ToJsonString()}},"result":null}""");
            else if (m["method"] is null && (int?)m["id"] == id) return m;
        }
    }

    [Fact]
    public void The_real_sidecar_answers_over_stdio_writes_only_protocol_to_stdout_and_exits_cleanly()
    {
        using var p = Start();
        var root = new Uri(_ws.Root).AbsoluteUri;
        Send(p, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"ROOT","capabilities":{}}}""".Replace("ROOT", root, StringComparison.Ordinal));
        Assert.Equal("PrepCode", (string)ReadResponse(p, 1)["result"]!["serverInfo"]!["name"]!);
        Send(p, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        Send(p, """{"jsonrpc":"2.0","id":2,"method":"prepcode/dueItems","params":{}}""");
        var due = ReadResponse(p, 2);
        Assert.Equal("2026-11-22", (string)due["result"]!["today"]!);
        Assert.True((int)due["result"]!["counts"]!["new"]! >= 4);

        Send(p, """{"jsonrpc":"2.0","id":3,"method":"shutdown","params":null}""");
        ReadResponse(p, 3);
        Send(p, """{"jsonrpc":"2.0","method":"exit","params":null}""");
        Assert.True(p.WaitForExit(15000));
        Assert.Equal(0, p.ExitCode);
        Assert.Equal(-1, p.StandardOutput.BaseStream.ReadByte());          // nothing after the last frame
    }

    [Fact]
    public void Malformed_messages_get_a_parse_error_and_never_stop_the_real_sidecar()
    {
        using var p = Start();
        var root = new Uri(_ws.Root).AbsoluteUri;
        Send(p, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"ROOT","capabilities":{}}}""".Replace("ROOT", root, StringComparison.Ordinal));
        ReadResponse(p, 1);
        Send(p, """{"jsonrpc":"2.0","id":7,"method":"prepcode/dueItems","params":{""");   // truncated JSON
        Assert.Equal(-32700, (int)ReadResponse(p, 7)["error"]!["code"]!);
        p.StandardInput.BaseStream.Write("No-Length: here\r\n\r\n"u8);                      // a frame without Content-Length
        Send(p, "[not json at all");
        Send(p, """{"jsonrpc":"2.0","id":8,"method":"prepcode/stats","params":{}}""");
        Assert.NotNull(ReadResponse(p, 8)["result"]);
        p.StandardInput.Close();                                                          // the client went away
        Assert.True(p.WaitForExit(15000));
        Assert.Equal(1, p.ExitCode);                                                      // exit without shutdown
    }
}
