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
            if (Rune.IsLetterOrDigit(r))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                AppendRune(sb, Rune.ToLowerInvariant(r));
                continue;
            }
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
                    break;
                default:
                    pendingDash = true;
                    break;
            }
        }
        return sb.Length == 0 ? "section" : sb.ToString();
    }

    private static void AppendRune(StringBuilder sb, Rune r)
    {
        if (r.IsBmp) { sb.Append((char)r.Value); return; }
        Span<char> buf = stackalloc char[2];
        sb.Append(buf[..r.EncodeToUtf16(buf)]);
    }
}
