using System.Globalization;
using System.Text;

namespace PrepCode.Core.Notes;

/// <summary>Heading slugs: lower case; letters and digits (any script) kept; emoji and other symbols dropped;
/// spaces and runs of other characters become one '-'; '-' trimmed; an empty slug is "section".</summary>
public static class Slug
{
    public static string From(string title)
    {
        var sb = new StringBuilder(title.Length);
        bool pendingDash = false;
        foreach (Rune r in title.EnumerateRunes())
        {
            switch (r.Value < 128 ? Ascii[r.Value] : Classify(r))
            {
                case Kind.Kept:
                    if (pendingDash && sb.Length > 0) sb.Append('-');
                    pendingDash = false;
                    AppendRune(sb, Rune.ToLowerInvariant(r));
                    break;
                case Kind.Separator:
                    pendingDash = true;
                    break;
            }
        }
        return sb.Length == 0 ? "section" : sb.ToString();
    }

    private enum Kind : byte { Kept, Dropped, Separator }

    /// <summary><see cref="Classify"/> of each ASCII char, computed once.</summary>
    private static readonly Kind[] Ascii = [.. Enumerable.Range(0, 128).Select(c => Classify(new Rune(c)))];

    private static Kind Classify(Rune r)
    {
        if (Rune.IsLetterOrDigit(r)) return Kind.Kept;
        switch (Rune.GetUnicodeCategory(r))
        {
            // Emoji, their modifiers, variation selectors, joiners and combining marks: dropped.
            case UnicodeCategory.OtherSymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
                return Kind.Dropped;
            default:
                return Kind.Separator;
        }
    }

    private static void AppendRune(StringBuilder sb, Rune r)
    {
        if (r.IsBmp) { sb.Append((char)r.Value); return; }
        Span<char> buf = stackalloc char[2];
        sb.Append(buf[..r.EncodeToUtf16(buf)]);
    }
}
