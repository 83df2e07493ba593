using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PrepCode.Core.Notes;

/// <summary>Hashes and text normalisation used for ids and content fingerprints.</summary>
internal static class Hashing
{
    [ThreadStatic] private static SHA256? t_sha256;

    public static string Sha256Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    public static string Sha256Hex(string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int n = Encoding.UTF8.GetBytes(text, buffer);
            return Sha256Hex(buffer.AsSpan(0, n));
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>First <paramref name="hexChars"/> lowercase hex chars of SHA-256 of the text as UTF-8.</summary>
    public static string ShortHash(ReadOnlySpan<char> text, int hexChars)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 1024 ? ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[1024];
            int n = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            // One reused instance per thread: half the cost of the one-shot call for short texts.
            (t_sha256 ??= SHA256.Create()).TryComputeHash(buffer[..n], hash, out _);
            return Convert.ToHexStringLower(hash[..((hexChars + 1) / 2)])[..hexChars];
        }
        finally { if (rented is not null) ArrayPool<byte>.Shared.Return(rented); }
    }

    /// <summary>Appends <paramref name="text"/> lower-cased with whitespace runs collapsed to one space.
    /// <paramref name="pendingSpace"/> carries a collapsed space across calls.</summary>
    public static void AppendNormalised(StringBuilder sb, ReadOnlySpan<char> text, ref bool pendingSpace)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
    }

    /// <summary>16 hex chars: FNV-1a (64-bit) of the text lower-cased with whitespace runs collapsed to one space and
    /// trimmed. Cheap, stable across runs and platforms; used to re-attach a section after its heading is renamed.</summary>
    public static string NormalisedFingerprint(ReadOnlySpan<char> text) => FingerprintHex(NormalisedFingerprintValue(text));

    /// <summary>The 16 lowercase hex chars of a fingerprint.</summary>
    public static string FingerprintHex(ulong fingerprint) => fingerprint.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value of <see cref="NormalisedFingerprint"/>.</summary>
    public static ulong NormalisedFingerprintValue(ReadOnlySpan<char> text)
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

    /// <summary>Card-question normal form: lower case, whitespace collapsed, trailing punctuation dropped.</summary>
    public static string NormaliseQuestion(string question)
    {
        var sb = new StringBuilder(question.Length);
        bool pending = false;
        AppendNormalised(sb, question, ref pending);
        int end = sb.Length;
        while (end > 0 && (char.IsPunctuation(sb[end - 1]) || char.IsWhiteSpace(sb[end - 1]))) end--;
        sb.Length = end;
        return sb.ToString();
    }
}
