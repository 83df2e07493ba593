using System.Text;

namespace PrepCode.Core.Indexing;

/// <summary>A list of strings kept as UTF-8 in one array (each entry: a 7-bit-encoded length, then its bytes) and
/// decoded when read: about a third of the memory of separate strings for short English texts.</summary>
internal static class Utf8TextList
{
    /// <summary>How many bytes the texts take after <paramref name="header"/> bytes left for the caller; -1 when one
    /// is not valid UTF-16 (a lone surrogate would not come back the same).</summary>
    public static int Size(IReadOnlyList<string> texts, int header)
    {
        int size = header;
        for (int i = 0; i < texts.Count; i++) // an index loop: no enumerator allocated through the interface
        {
            var text = texts[i];
            if (!RoundTrips(text)) return -1;
            int n = Encoding.UTF8.GetByteCount(text);
            size += n + LengthBytes(n);
        }
        return size;
    }

    /// <summary>Writes the texts into <paramref name="into"/>, which holds exactly their <see cref="Size"/> (without
    /// the header).</summary>
    public static void Write(IReadOnlyList<string> texts, Span<byte> into)
    {
        int at = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            int count = Encoding.UTF8.GetByteCount(text);
            for (uint v = (uint)count; ; v >>= 7)
            {
                if (v < 0x80) { into[at++] = (byte)v; break; }
                into[at++] = (byte)(v | 0x80);
            }
            at += Encoding.UTF8.GetBytes(text, into[at..]);
        }
    }

    /// <summary>True when the text encodes to UTF-8 and back unchanged: no lone surrogate.</summary>
    public static bool RoundTrips(string text) => !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') || IsValidUtf16(text);

    /// <summary>Entries <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> (or to the end
    /// when <paramref name="count"/> is -1) of data encoded after <paramref name="offset"/> header bytes.</summary>
    public static string[] Decode(ReadOnlySpan<byte> data, int offset, int start, int count)
    {
        var result = count >= 0 ? new List<string>(count) : [];
        int at = offset;
        for (int i = 0; at < data.Length && (count < 0 || i < start + count); i++)
        {
            int length = 0, shift = 0;
            byte b;
            do
            {
                b = data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            if (i >= start) result.Add(Encoding.UTF8.GetString(data.Slice(at, length)));
            at += length;
        }
        return [.. result];
    }

    private static bool IsValidUtf16(string t)
    {
        for (int i = 0; i < t.Length; i++)
        {
            if (char.IsHighSurrogate(t[i]) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1])) i++;
            else if (char.IsSurrogate(t[i])) return false;
        }
        return true;
    }

    private static int LengthBytes(int n)
    {
        int b = 1;
        while (n >= 0x80) { n >>= 7; b++; }
        return b;
    }
}
