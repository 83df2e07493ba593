using System.Text;

namespace PrepCode.Core.Checks;

/// <summary>
/// The words that carry meaning in a piece of text, for comparing answers with key points and titles with tasks.
/// Rules: case-insensitive; a word is a run of letters or digits (punctuation, emoji and markup split words);
/// a small English stop-word list is dropped; each word is crudely stemmed by removing endings
/// (-ations, -ation, -ions, -ion, -ings, -ing, -edly, -ed, -ies→y, -es, -ly, -s, -e) again and again while at least
/// three characters remain. Both sides go through the same rules, so "corrected", "correcting" and "correction"
/// all become "correct", and "bias" and "biases" both become "bia".
/// </summary>
public static class ContentWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "was", "were", "be", "been",
        "by", "as", "at", "it", "its", "this", "that", "these", "those", "from", "into", "than", "then", "so", "vs",
        "i", "you", "we", "they", "he", "she", "do", "does", "can", "will", "which", "what", "how", "why", "when",
        "there", "their", "has", "have", "had", "about", "also", "just", "very", "e", "g", "eg", "ie", "etc",
    };

    private static readonly (string Suffix, string Replacement)[] Endings =
    [
        ("ations", ""), ("ation", ""), ("ions", ""), ("ion", ""), ("ings", ""), ("ing", ""), ("edly", ""), ("ed", ""),
        ("ies", "y"), ("es", ""), ("ly", ""), ("s", ""), ("e", ""),
    ];

    /// <summary>The stemmed content words of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) { sb.Append(Rune.ToLowerInvariant(rune).ToString()); continue; }
            if (rune.Value == '\'' || rune.Value == '\u2019') continue; // "don't" stays one word
            Flush(sb, words);
        }
        Flush(sb, words);
        return words;
    }

    /// <summary>The distinct stemmed content words of <paramref name="text"/>.</summary>
    public static HashSet<string> SetOf(string? text) => new(Of(text), StringComparer.Ordinal);

    public static string Stem(string word)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (suffix, replacement) in Endings)
            {
                if (word.Length - suffix.Length + replacement.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
                word = word[..^suffix.Length] + replacement;
                changed = true;
                break;
            }
        }
        return word;
    }

    private static void Flush(StringBuilder sb, List<string> words)
    {
        if (sb.Length == 0) return;
        var word = sb.ToString();
        sb.Clear();
        if (!StopWords.Contains(word)) words.Add(Stem(word));
    }
}
