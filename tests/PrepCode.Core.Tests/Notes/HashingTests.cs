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
