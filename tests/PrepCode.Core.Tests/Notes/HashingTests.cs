using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Notes;

public class HashingTests
{
    /// <summary>The section fingerprint as first written: FNV-1a over both bytes of each lower-cased char.</summary>
    private static string Reference(string text)
    {
        const ulong prime = 1099511628211UL;
        ulong h = 14695981039346656037UL;
        bool pendingSpace = false, any = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = any; continue; }
            if (pendingSpace) { h = (h ^ ' ') * prime; pendingSpace = false; }
            char l = char.ToLowerInvariant(c);
            h = (h ^ (byte)l) * prime;
            h = (h ^ (byte)(l >> 8)) * prime;
            any = true;
        }
        return h.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The section normal form, written plainly: lower case, whitespace runs as one space, trimmed.</summary>
    private static string Normal(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string RandomText(Random rng, string alphabet, int maxLength)
    {
        var chars = new char[rng.Next(0, maxLength)];
        for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[rng.Next(alphabet.Length)];
        return new string(chars);
    }

    private const string Alphabet = "aZ09 \t\r\n\v\f_-:?!#|éÉΣσ\u00a0\u0085\u2028🧠✅\u0001~@[`{";

    [Fact]
    public void Card_question_hashes_are_the_ones_card_ids_were_made_of()
    {
        // The normal form as first written: whitespace runs as one space, lower case, trailing punctuation and spaces dropped.
        static string Reference(string question)
        {
            var sb = new System.Text.StringBuilder();
            bool pending = false;
            foreach (char c in question)
            {
                if (char.IsWhiteSpace(c)) { pending = sb.Length > 0; continue; }
                if (pending) { sb.Append(' '); pending = false; }
                sb.Append(char.ToLowerInvariant(c));
            }
            while (sb.Length > 0 && (char.IsPunctuation(sb[^1]) || char.IsWhiteSpace(sb[^1]))) sb.Length--;
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sb.ToString())));
        }
        var rng = new Random(13);
        Span<byte> hash = stackalloc byte[32];
        for (var i = 0; i < 3000; i++)
        {
            var text = rng.Next(3) == 0 ? RandomText(rng, Alphabet, 80) : RandomText(rng, "What is Adam? .,!  ", 120) + RandomText(rng, Alphabet, 10);
            Hashing.QuestionHash(text, hash);
            Assert.Equal(Reference(text), Convert.ToHexStringLower(hash));
        }
    }

    [Fact]
    public void Legacy_section_fingerprints_are_the_ones_stored_by_earlier_versions()
    {
        var rng = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(rng, Alphabet, 60);
            Assert.Equal(Reference(text), Hashing.FingerprintHex(Hashing.LegacySectionFingerprintValue(text)));
        }
        Assert.Equal("cbf29ce484222325", Hashing.FingerprintHex(Hashing.LegacySectionFingerprintValue(" \n ")));
    }

    [Fact]
    public void Section_fingerprints_are_xxh3_of_the_normal_form_eight_chars_at_a_time_or_one()
    {
        // Long runs of plain ASCII (the vector path), broken by runs of whitespace and non-ASCII (the char path),
        // with every split between the two.
        var rng = new Random(11);
        for (var i = 0; i < 3000; i++)
        {
            var text = rng.Next(3) == 0 ? RandomText(rng, Alphabet, 80) : RandomText(rng, "abcdefghXYZ .,!  ", 200) + RandomText(rng, Alphabet, 20);
            var normal = Normal(text);
            ulong expected = System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(normal.AsSpan()));
            Assert.True(expected == Hashing.SectionFingerprintValue(text), $"fingerprint of \"{text}\" (normal form \"{normal}\")");
        }
        // Pinned: stored keys hold these values.
        Assert.Equal("2d06800538d394c2", Hashing.NormalisedFingerprint(""));
        Assert.Equal(Hashing.NormalisedFingerprint(""), Hashing.NormalisedFingerprint(" \r\n\t "));
        Assert.Equal(Hashing.NormalisedFingerprint("adam uses momentum"), Hashing.NormalisedFingerprint("  Adam\tuses\r\n\r\nMOMENTUM \n"));
    }
}

public class SlugTests
{
    /// <summary>Slugs as first written (every rune classified by its Unicode category).</summary>
    private static string Reference(string title)
    {
        var sb = new System.Text.StringBuilder();
        bool pendingDash = false;
        foreach (var r in title.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetterOrDigit(r))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(System.Text.Rune.ToLowerInvariant(r).ToString());
                continue;
            }
            var c = System.Text.Rune.GetUnicodeCategory(r);
            if (c is not (System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.ModifierSymbol
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse)) pendingDash = true;
        }
        return sb.Length == 0 ? "section" : sb.ToString();
    }

    [Fact]
    public void Heading_slugs_are_the_ones_existing_ids_were_made_of()
    {
        const string alphabet = "aZ09 -_^`~+=|<>$#.,:;!?()[]{}'\"\t\u0001éÉΣ🧠✅\u200d\ufe0f\u0301日本";
        var rng = new Random(5);
        for (var i = 0; i < 3000; i++)
        {
            var chars = new char[rng.Next(0, 30)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[rng.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(Reference(text), Slug.From(text));
        }
    }
}
