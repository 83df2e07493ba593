using System.Text;

namespace PrepCode.Core.Indexing;

/// <summary>A list of strings kept as UTF-8 in one array (each entry: a 7-bit-encoded length, then its bytes) and
/// decoded when read: about a third of the memory of separate strings for short English texts.</summary>
internal static class Utf8TextList
{
    /// <summary>The texts as UTF-8; null when one is not valid UTF-16 (a lone surrogate would not come back the same).</summary>
    public static byte[]? Encode(IReadOnlyList<string> texts)
    {
        int size = 0;
        foreach (var t in texts)
        {
            if (t.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !IsValidUtf16(t)) return null;
            int n = Encoding.UTF8.GetByteCount(t);
            size += n + LengthBytes(n);
        }
        var data = new byte[size];
        int at = 0;
        foreach (var t in texts)
        {
            int n = Encoding.UTF8.GetByteCount(t);
            for (uint v = (uint)n; ; v >>= 7)
            {
                if (v < 0x80) { data[at++] = (byte)v; break; }
                data[at++] = (byte)(v | 0x80);
            }
            at += Encoding.UTF8.GetBytes(t, data.AsSpan(at));
        }
        return data;
    }

    /// <summary>Entries <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> of encoded data.</summary>
    public static string[] Decode(byte[] data, int start, int count)
    {
        var result = new string[count];
        int at = 0;
        for (int i = 0; i < start + count; i++)
        {
            int length = 0, shift = 0;
            byte b;
            do
            {
                b = data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            if (i >= start) result[i - start] = Encoding.UTF8.GetString(data, at, length);
            at += length;
        }
        return result;
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
