using System.Collections;
using System.Text;

namespace PrepCode.Core.Indexing;

/// <summary>A read-only list of strings kept as UTF-8 in one array (each entry: a 7-bit-encoded length, then its
/// bytes), decoded when read. About a third of the memory of separate strings for short English texts.</summary>
internal sealed class Utf8TextList : IReadOnlyList<string>
{
    private readonly byte[] _data;

    private Utf8TextList(byte[] data, int count)
    {
        _data = data;
        Count = count;
    }

    /// <summary>The texts as UTF-8; a copy of them as they are when one is not valid UTF-16 (a lone surrogate would
    /// not come back the same).</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        int size = 0;
        foreach (var t in texts)
        {
            if (t.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !IsValidUtf16(t)) return [.. texts];
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
        return new Utf8TextList(data, texts.Count);
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

    public int Count { get; }

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            int at = 0;
            for (int i = 0; ; i++)
            {
                int length = ReadLength(ref at);
                if (i == index) return Encoding.UTF8.GetString(_data, at, length);
                at += length;
            }
        }
    }

    private int ReadLength(ref int at)
    {
        int length = 0, shift = 0;
        byte b;
        do
        {
            b = _data[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        return length;
    }

    public IEnumerator<string> GetEnumerator()
    {
        int at = 0;
        for (int i = 0; i < Count; i++)
        {
            int length = ReadLength(ref at);
            yield return Encoding.UTF8.GetString(_data, at, length);
            at += length;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
