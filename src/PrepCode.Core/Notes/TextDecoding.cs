using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PrepCode.Core.Notes;

/// <summary>Turns a file's bytes into text: drops a UTF-8 BOM, replaces invalid UTF-8, spots binary files.</summary>
internal static class TextDecoding
{
    /// <summary>How many leading bytes/chars are searched for NUL to call a file binary.</summary>
    public const int BinaryProbeLength = 8192;

    public readonly record struct Decoded(string Text, int? FirstInvalidLine, bool LooksBinary);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeLength)];
        if (probe.IndexOf((byte)0) >= 0) return new Decoded(string.Empty, null, true);

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];

        // Valid UTF-8 (nearly always): one transcoding pass, with at most as many chars as bytes (a pooled buffer for
        // notes up to 64 KB; larger ones are checked first, so no large buffer stays in the pool).
        if (bytes.Length <= 64 * 1024)
        {
            char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                if (Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
                    return new Decoded(new string(buffer, 0, written), null, false);
            }
            finally { ArrayPool<char>.Shared.Return(buffer); }
        }
        else if (Utf8.IsValid(bytes)) return new Decoded(Encoding.UTF8.GetString(bytes), null, false);
        int bad = FirstInvalidByte(bytes);
        // Encoding.UTF8 replaces invalid sequences with U+FFFD.
        return new Decoded(Encoding.UTF8.GetString(bytes), bytes[..bad].Count((byte)'\n') + 1, false);
    }

    /// <summary>True when a text's first <see cref="BinaryProbeLength"/> chars contain NUL.</summary>
    public static bool LooksBinary(string text) =>
        text.AsSpan(0, Math.Min(text.Length, BinaryProbeLength)).IndexOf('\0') >= 0;

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            int ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) return bytes.Length;
            i += ascii;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return bytes.Length;
    }
}
