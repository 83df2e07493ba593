using System.Buffers;
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
        System.IO.Hashing.XxHash128.Hash(bytes, hash);
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

    /// <summary>The card-question normal form (lower case, whitespace collapsed, trailing punctuation and whitespace
    /// dropped) written into <paramref name="buffer"/>, at least as long as the question.</summary>
    private static ReadOnlySpan<char> NormaliseQuestion(ReadOnlySpan<char> question, Span<char> buffer)
    {
        int n = 0;
        bool pending = false;
        foreach (char c in question)
        {
            if (char.IsWhiteSpace(c)) { pending = n > 0; continue; }
            if (pending) { buffer[n++] = ' '; pending = false; }
            buffer[n++] = char.ToLowerInvariant(c);
        }
        while (n > 0 && (char.IsPunctuation(buffer[n - 1]) || char.IsWhiteSpace(buffer[n - 1]))) n--;
        return buffer[..n];
    }
}
