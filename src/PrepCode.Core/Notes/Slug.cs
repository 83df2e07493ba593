using System.Buffers;
using System.Globalization;
using System.Text;

namespace PrepCode.Core.Notes;

/// <summary>Heading slugs: lower case; letters and digits (any script) kept; emoji and other symbols dropped;
/// spaces and runs of other characters become one '-'; '-' trimmed; an empty slug is "section".</summary>
public static class Slug
{
    public static string From(string title) => Build(null, title);

    /// <summary><paramref name="parent"/> + "/" + the slug of <paramref name="title"/>, in one string.</summary>
    internal static string Child(string parent, string title) => Build(parent, title);

    private static string Build(string? parent, string title)
    {
        char[]? rented = null;
        Span<char> buffer = title.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(title.Length));
        try
        {
            var slug = Write(title, buffer);
            if (slug.IsEmpty) slug = "section";
            return parent is null ? slug.ToString() : string.Concat(parent, "/", slug);
        }
        finally { if (rented is not null) ArrayPool<char>.Shared.Return(rented); }
    }

    /// <summary>The slug written into <paramref name="buffer"/> (as long as the title: lower-casing keeps a char's length,
    /// and a '-' is written only in place of separators); empty when nothing is kept.</summary>
    private static ReadOnlySpan<char> Write(ReadOnlySpan<char> title, Span<char> buffer)
    {
        int n = 0;
        bool pendingDash = false;
        foreach (Rune r in title.EnumerateRunes())
        {
            switch (r.Value < 128 ? Ascii[r.Value] : Classify(r))
            {
                case Kind.Kept:
                    if (pendingDash && n > 0) buffer[n++] = '-';
                    pendingDash = false;
                    n += Rune.ToLowerInvariant(r).EncodeToUtf16(buffer[n..]);
                    break;
                case Kind.Separator:
                    pendingDash = true;
                    break;
            }
        }
        return buffer[..n];
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
}
