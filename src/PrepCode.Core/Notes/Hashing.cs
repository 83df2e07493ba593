using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace PrepCode.Core.Notes;

/// <summary>Hashes and text normalisation used for ids and content fingerprints.</summary>
internal static class Hashing
{
    [ThreadStatic] private static SHA256? t_sha256;

    /// <summary>A note's content hash: 32 hex chars of XXH128 of its bytes. It only tells whether a note changed (it is
    /// compared, never stored beside anything but the index it describes), so a fast non-cryptographic hash will do.</summary>
    public static string ContentHash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary><see cref="ContentHash(ReadOnlySpan{byte})"/> of the text as UTF-8.</summary>
    public static string ContentHash(string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int n = Encoding.UTF8.GetBytes(text, buffer);
            return ContentHash(buffer.AsSpan(0, n));
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>SHA-256 of the UTF-8 of the question's normal form (see <see cref="NormaliseQuestion"/>), into
    /// <paramref name="hash"/> (32 bytes), with no string made on the way.</summary>
    public static void QuestionHash(ReadOnlySpan<char> question, Span<byte> hash)
    {
        char[]? rentedChars = question.Length > 512 ? ArrayPool<char>.Shared.Rent(question.Length) : null;
        byte[]? rentedBytes = null;
        try
        {
            Span<char> chars = rentedChars ?? stackalloc char[512];
            var normal = NormaliseQuestion(question, chars);
            int max = Encoding.UTF8.GetMaxByteCount(normal.Length);
            Span<byte> bytes = max <= 1024 ? stackalloc byte[1024] : (rentedBytes = ArrayPool<byte>.Shared.Rent(max));
            int n = Encoding.UTF8.GetBytes(normal, bytes);
            // One reused instance per thread: half the cost of the one-shot call for short texts.
            (t_sha256 ??= SHA256.Create()).TryComputeHash(bytes[..n], hash, out _);
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedBytes is not null) ArrayPool<byte>.Shared.Return(rentedBytes);
        }
    }

    /// <summary>16 hex chars of <see cref="SectionFingerprintValue"/>.</summary>
    public static string NormalisedFingerprint(ReadOnlySpan<char> text) => FingerprintHex(SectionFingerprintValue(text));

    /// <summary>The 16 lowercase hex chars of a fingerprint.</summary>
    public static string FingerprintHex(ulong fingerprint) => fingerprint.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A section's fingerprint, used to re-attach a schedule after its heading is renamed: XXH3 (64-bit, seed
    /// 0) of the UTF-16LE code units of the text lower-cased (invariant), with whitespace runs collapsed to one space
    /// and trimmed. Stable across runs and platforms: stored keys hold it (<c>topic-text:</c>).</summary>
    public static ulong SectionFingerprintValue(ReadOnlySpan<char> text)
    {
        char[]? rented = text.Length > 1024 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        try
        {
            Span<char> buffer = rented ?? stackalloc char[1024];
            var normal = NormaliseSection(text, buffer);
            if (!BitConverter.IsLittleEndian)
                for (int i = 0; i < normal.Length; i++) normal[i] = (char)BinaryPrimitives.ReverseEndianness(normal[i]);
            return XxHash3.HashToUInt64(MemoryMarshal.AsBytes((ReadOnlySpan<char>)normal));
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The section normal form of <see cref="SectionFingerprintValue"/> written into <paramref name="buffer"/>
    /// (at least as long as the text). Eight chars at a time while they are ASCII with no two whitespace chars in a
    /// row (most of a note); one at a time otherwise.</summary>
    private static Span<char> NormaliseSection(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0, i = 0;
        uint lastWasSpace = 1; // leading whitespace is dropped
        if (Vector128.IsHardwareAccelerated)
        {
            var nonAscii = Vector128.Create((ushort)0xFF80);
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var controlSpan = Vector128.Create((ushort)('\r' - '\t'));
            var upperA = Vector128.Create((ushort)'A');
            var letters = Vector128.Create((ushort)('Z' - 'A'));
            var caseBit = Vector128.Create((ushort)0x20);
            ref ushort src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(buffer));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref src, (nuint)i);
                var ws = Vector128.Equals(v, space) | Vector128.LessThanOrEqual(v - tab, controlSpan);
                uint wsBits = ws.ExtractMostSignificantBits();
                if (((v & nonAscii) != Vector128<ushort>.Zero) || (wsBits & ((wsBits << 1) | lastWasSpace)) != 0)
                {
                    n = NormaliseChars(text.Slice(i, Vector128<ushort>.Count), buffer, n, ref lastWasSpace);
                    continue;
                }
                var lowered = v | (Vector128.LessThanOrEqual(v - upperA, letters) & caseBit);
                Vector128.ConditionalSelect(ws, space, lowered).StoreUnsafe(ref dst, (nuint)n);
                n += Vector128<ushort>.Count;
                lastWasSpace = wsBits >> (Vector128<ushort>.Count - 1);
            }
        }
        n = NormaliseChars(text[i..], buffer, n, ref lastWasSpace);
        if (n > 0 && buffer[n - 1] == ' ') n--;
        return buffer[..n];
    }

    /// <summary>One char at a time: appends the normal form of <paramref name="text"/> at <paramref name="n"/>; returns
    /// the new length.</summary>
    private static int NormaliseChars(ReadOnlySpan<char> text, Span<char> buffer, int n, ref uint lastWasSpace)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (lastWasSpace == 0) buffer[n++] = ' ';
                lastWasSpace = 1;
                continue;
            }
            buffer[n++] = char.ToLowerInvariant(c);
            lastWasSpace = 0;
        }
        return n;
    }

    /// <summary>The section fingerprint before XXH3 (keys <c>topic-body:</c>, still in stores written by earlier
    /// versions): FNV-1a (64-bit) of the same normal form, one byte pair per char. Only the migration of those keys
    /// computes it (<see cref="Study.StudyService"/>).</summary>
    public static ulong LegacySectionFingerprintValue(ReadOnlySpan<char> text)
    {
        const ulong prime = 1099511628211UL;
        const ulong primeSquared = unchecked(prime * prime);
        ulong h = 14695981039346656037UL;
        bool pendingSpace = false, any = false;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                // ASCII: whitespace is 9-13 and ' '; lower case is A-Z + 32; the high byte is 0, so its xor is a no-op
                // and its multiply folds into the first one (mod 2^64).
                if (c == ' ' || (uint)(c - '\t') <= '\r' - '\t') { pendingSpace = any; continue; }
                if (pendingSpace) { h = (h ^ ' ') * prime; pendingSpace = false; }
                h = (h ^ ((uint)(c - 'A') <= 'Z' - 'A' ? (uint)c | 0x20u : c)) * primeSquared;
                any = true;
                continue;
            }
            if (char.IsWhiteSpace(c)) { pendingSpace = any; continue; }
            if (pendingSpace) { h = (h ^ ' ') * prime; pendingSpace = false; }
            char l = char.ToLowerInvariant(c);
            h = (h ^ (byte)l) * prime;
            h = (h ^ (byte)(l >> 8)) * prime;
            any = true;
        }
        return h;
    }

    /// <summary>The card-question normal form (the section normal form of <see cref="NormaliseSection"/>, then trailing
    /// punctuation and whitespace dropped) written into <paramref name="buffer"/>, at least as long as the question.</summary>
    private static ReadOnlySpan<char> NormaliseQuestion(ReadOnlySpan<char> question, Span<char> buffer)
    {
        var normal = NormaliseSection(question, buffer);
        int n = normal.Length;
        while (n > 0 && (char.IsPunctuation(normal[n - 1]) || char.IsWhiteSpace(normal[n - 1]))) n--;
        return normal[..n];
    }
}
