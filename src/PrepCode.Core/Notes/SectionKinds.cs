using System.Buffers;
using System.Text;

namespace PrepCode.Core.Notes;

/// <summary>What a heading's section holds. A section that is not <see cref="Plain"/> is part of the topic around it: its
/// cards, key points and practice questions belong to that topic, and the heading is no topic of its own.</summary>
internal enum SectionKind { Plain, Practice, KeyPoints, Cards }

/// <summary>Recognises practice, key-point and card headings ("Cards", "Flashcards") and bold labels such as <c>**Day 1 Key Learnings**:</c>.</summary>
internal static class SectionKinds
{
    private static readonly string[] PracticeTitles =
        ["practice questions", "practice", "questions", "interview questions", "knowledge check", "self check", "review questions"];

    private static readonly string[] KeyTitles =
        ["key points", "key learnings", "key takeaways", "takeaways", "key insights", "summary", "key learning", "key insight", "key point", "key takeaway"];

    private static readonly string[] CardTitles = ["cards", "flashcards", "flash cards", "anki cards", "review cards", "recall cards"];

    private static readonly string[] KeyLabels =
        ["key points", "key learnings", "key takeaways", "takeaways", "key insights", "key learning", "key insight", "key point", "key takeaway"];

    /// <summary>Heading title (case-insensitive, ignoring emoji, punctuation and leading numbering) is or starts with a
    /// known title, on a word boundary.</summary>
    public static SectionKind OfHeading(string title)
    {
        char[]? rented = null;
        Span<char> buffer = title.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(title.Length));
        try
        {
            var words = Words(title, buffer);
            if (StartsWithAny(words, PracticeTitles)) return SectionKind.Practice;
            if (StartsWithAny(words, KeyTitles)) return SectionKind.KeyPoints;
            foreach (var t in CardTitles) if (words.SequenceEqual(t)) return SectionKind.Cards;
            return SectionKind.Plain;
        }
        finally { if (rented is not null) ArrayPool<char>.Shared.Return(rented); }
    }

    /// <summary>A short label ending in a key-point phrase, followed by ':' ("💡 Key learnings:", "Day 1 Key Learnings:").
    /// <paramref name="rest"/> is the trimmed text after the colon.</summary>
    public static bool IsKeyLabel(ReadOnlySpan<char> text, out string rest)
    {
        rest = string.Empty;
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon > 80) return false;
        var head = text[..colon];
        if (!head.Contains("key", StringComparison.OrdinalIgnoreCase) && !head.Contains("takeaway", StringComparison.OrdinalIgnoreCase)) return false;
        var words = Words(head, stackalloc char[colon]);
        if (words.Length == 0 || words.Count(' ') > 5) return false;
        foreach (var label in KeyLabels)
        {
            if (words.EndsWith(label, StringComparison.Ordinal)
                && (words.Length == label.Length || words[^(label.Length + 1)] == ' '))
            {
                rest = text[(colon + 1)..].Trim().ToString();
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> words, string[] titles)
    {
        foreach (var t in titles)
        {
            if (words.StartsWith(t, StringComparison.Ordinal) && (words.Length == t.Length || words[t.Length] == ' ')) return true;
        }
        return false;
    }

    /// <summary>Lower-case words of letters and digits separated by single spaces, leading numbering dropped, written into
    /// <paramref name="buffer"/> (as long as the text: lower-casing keeps a char's length, and a space is written only
    /// in place of a separator).</summary>
    private static ReadOnlySpan<char> Words(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        bool space = false;
        foreach (Rune r in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(r))
            {
                if (space && n > 0) buffer[n++] = ' ';
                space = false;
                n += Rune.ToLowerInvariant(r).EncodeToUtf16(buffer[n..]);
            }
            else if (r.Value is ' ' or '\t' or '-' or '_' or '/') space = true;
        }
        var s = buffer[..n];
        // Drop leading numbering such as "1", "2 3" (from "1." or "2.3").
        int i = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == ' ')) i++;
        return i > 0 && i < s.Length && s[i - 1] == ' ' ? s[i..] : s;
    }
}
