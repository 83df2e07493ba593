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

    [Fact]
    public void Section_fingerprints_are_the_ones_stored_in_existing_databases()
    {
        const string alphabet = "aZ09 \t\r\n\v\f_-:?!#|éÉΣσ\u00a0\u0085\u2028🧠✅\u0001~";
        var rng = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[rng.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[rng.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(Reference(text), Hashing.NormalisedFingerprint(text));
        }
        Assert.Equal("cbf29ce484222325", Hashing.NormalisedFingerprint(" \n "));
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
