using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace PrepCode.Server.Hosting;

/// <summary>
/// Sits between the raw input and StreamJsonRpc so that a malformed message never stops the server.
/// Frames with a bad header are skipped up to the next header; a body that is not JSON becomes a request to
/// <see cref="MalformedMethod"/> when its id can be recovered (the client gets a -32700 "parse error" answer for
/// that id), else it is dropped and logged. Valid frames pass through unchanged.
/// </summary>
internal static class ProtocolInputFilter
{
    public const string MalformedMethod = "$/prepcode/malformedMessage";
    private const int MaxBody = 256 * 1024 * 1024;

    public static Stream Wrap(Stream input)
    {
        var pipe = new Pipe();
        _ = Task.Run(() => PumpAsync(input, pipe.Writer));
        return pipe.Reader.AsStream();
    }

    private static async Task PumpAsync(Stream input, PipeWriter output)
    {
        var reader = new BufferedStream(input, 64 * 1024);
        try
        {
            while (true)
            {
                var length = await ReadHeadersAsync(reader);
                if (length is null) break;              // end of input
                if (length < 0) continue;               // bad header: already logged, resync on the next one
                var body = new byte[length.Value];
                await reader.ReadExactlyAsync(body);
                await output.WriteAsync(Frame(Check(body)));
                await output.FlushAsync();
            }
        }
        catch (EndOfStreamException) { /* input closed mid-message */ }
        catch (IOException e) { Log.Warn($"input closed: {e.Message}"); }
        await output.CompleteAsync();
    }

    /// <summary>Null at end of input; -1 for a header block without a usable Content-Length.</summary>
    private static async Task<int?> ReadHeadersAsync(Stream reader)
    {
        int? length = null;
        var sawAny = false;
        while (true)
        {
            var line = await ReadLineAsync(reader);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (!sawAny) continue;                  // stray blank line between messages
                if (length is >= 0 and <= MaxBody) return length;
                Log.Warn(length is null ? "skipped a message with no Content-Length header" : $"skipped a message of {length} bytes (limit {MaxBody})");
                if (length is > MaxBody) await SkipAsync(reader, length.Value);
                return -1;
            }
            sawAny = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                length = int.TryParse(line[(colon + 1)..].Trim(), out var n) && n >= 0 ? n : -1;
        }
    }

    private static async Task<string?> ReadLineAsync(Stream reader)
    {
        var bytes = new List<byte>(64);
        var one = new byte[1];
        while (true)
        {
            if (await reader.ReadAsync(one) == 0) return bytes.Count == 0 ? null : Encoding.ASCII.GetString([.. bytes]);
            if (one[0] == '\n') return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            if (bytes.Count < 8192) bytes.Add(one[0]);
        }
    }

    private static async Task SkipAsync(Stream reader, long count)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)));
            if (n == 0) return;
            count -= n;
        }
    }

    private static byte[] Check(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array) return body;
        }
        catch (JsonException) { }
        var text = Encoding.UTF8.GetString(body);
        Log.Warn($"malformed JSON-RPC message ({body.Length} bytes): {(text.Length > 200 ? text[..200] + "…" : text)}");
        var id = RecoverId(text);
        var replacement = id is null
            ? new { jsonrpc = "2.0", method = MalformedMethod, @params = new { length = body.Length } } as object
            : new { jsonrpc = "2.0", id = id.Value, method = MalformedMethod, @params = new { length = body.Length } };
        return JsonSerializer.SerializeToUtf8Bytes(replacement);
    }

    /// <summary>A numeric id from text such as <c>{"id": 7, "method": ...</c> that is otherwise broken.</summary>
    private static long? RecoverId(string text)
    {
        var m = System.Text.RegularExpressions.Regex.Match(text, "\"id\"\\s*:\\s*(\\d{1,15})");
        return m.Success ? long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static byte[] Frame(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        return [.. header, .. body];
    }
}
