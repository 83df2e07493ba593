using System.Buffers;
using System.Text;

namespace PrepCode.Core.Notes;

/// <summary>Card syntax within one line of plain text. All searches run on the masked text (code spans and
/// autolinks hidden) and cut the plain text at the same indexes.
/// <para>Separator rule for <c>question::answer</c> (<c>:::</c> = both directions): the first run of exactly two or
/// three ':' outside code spans and links whose trimmed sides are both non-empty. A "tight" run (a letter, digit or '_'
/// directly on both sides) is read as a code path such as <c>std::vector</c>, <c>Vec::new</c> or <c>a::b::c</c>, not a
/// separator, when any of these holds: the question side is one word; the answer side starts with a lower-case letter
/// or '_'; the word holding the run has another "::" or goes on with '(' or '&lt;'. So <c>Capital of France::Paris</c>
/// and <c>What does Adam add::Per-parameter rates</c> are cards, while <c>std::vector</c>, <c>Use std::vector here</c>
/// and <c>Call Foo::bar()</c> are not. Write <c>Q:: a</c> or <c>Q :: a</c> (or put code in backticks) to be explicit.</para></summary>
internal static class CardSyntax
{
    /// <summary>Guard for pathological lines (e.g. a 100,000-char line of <c>a::b</c>): later runs are not examined.</summary>
    private const int MaxRunsPerLine = 16;

    /// <summary>"{{c" in any case, found as <c>IndexOf("{{c", OrdinalIgnoreCase)</c> would (vectorised).</summary>
    private static readonly SearchValues<string> BraceCloze = SearchValues.Create(["{{c"], StringComparison.OrdinalIgnoreCase);

    public readonly record struct Split(string Question, string Answer, bool Bidirectional);

    public static bool TrySplit(ReadOnlySpan<char> plain, ReadOnlySpan<char> masked, out Split split)
    {
        split = default;
        int i = 0, examined = 0;
        while (i < masked.Length && examined++ < MaxRunsPerLine)
        {
            int at = masked[i..].IndexOf("::", StringComparison.Ordinal);
            if (at < 0) return false;
            at += i;
            int end = at;
            while (end < masked.Length && masked[end] == ':') end++;
            int run = end - at;
            i = end;
            if (run > 3) continue;
            var left = plain[..at].Trim();
            var right = plain[end..].Trim();
            if (left.IsEmpty || right.IsEmpty) continue;
            if (IsTight(masked, at, end) && !TightIsCard(masked, at, end)) continue;
            split = new Split(left.ToString(), right.ToString(), run == 3);
            return true;
        }
        return false;
    }

    /// <summary>A line that ends with a <c>::</c> or <c>:::</c> separator after a question of two or more words (or one
    /// ending in '?'), with nothing after it: a card whose answer was left out. A lone word (<c>Example::</c>, a code path)
    /// and fenced-div markers (<c>:::</c>, <c>::: note</c>) are not.</summary>
    public static bool EndsWithEmptyAnswer(ReadOnlySpan<char> plain, ReadOnlySpan<char> masked, out string separator)
    {
        separator = string.Empty;
        var m = masked.TrimEnd();
        int at = m.Length;
        while (at > 0 && m[at - 1] == ':') at--;
        int run = m.Length - at;
        if (run is not (2 or 3)) return false;
        var question = plain[..at].Trim();
        if (question.IsEmpty || (question.IndexOfAny(' ', '\t') < 0 && question[^1] != '?')) return false;
        separator = new string(':', run);
        return true;
    }

    private static bool IsIdent(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsTight(ReadOnlySpan<char> s, int at, int end) => at > 0 && end < s.Length && IsIdent(s[at - 1]) && IsIdent(s[end]);

    private static bool TightIsCard(ReadOnlySpan<char> s, int at, int end)
    {
        var left = s[..at].Trim();
        if (left.IndexOfAny(' ', '\t') < 0) return false;
        char first = s[end];
        if (char.IsLower(first) || first == '_') return false;
        int wordStart = left.LastIndexOfAny(' ', '\t') + 1;
        if (left[wordStart..].Contains("::", StringComparison.Ordinal)) return false;
        int i = end;
        while (i < s.Length && IsIdent(s[i])) i++;
        return i >= s.Length || (s[i] != '(' && s[i] != '<' && !(s[i] == ':' && i + 1 < s.Length && s[i + 1] == ':'));
    }

    /// <summary>Cloze deletions <c>==text==</c> and <c>{{cN::text}}</c> / <c>{{cN::text::hint}}</c>. The question is the
    /// line with each deletion shown as <c>[...]</c> (or <c>[hint]</c>); the answer is the deleted texts joined by "; ".
    /// All deletions of a line make one card, whatever their cluster numbers.</summary>
    public static bool TryCloze(ReadOnlySpan<char> plain, ReadOnlySpan<char> masked, out string question, out string answer)
    {
        question = answer = string.Empty;
        if (!masked.Contains("==", StringComparison.Ordinal) && masked.IndexOfAny(BraceCloze) < 0) return false;
        var q = new StringBuilder(plain.Length);
        var answers = new List<string>();
        int copied = 0, i = 0;
        // Once a search for a closer fails from some offset, it fails from any later one: stay linear on long lines.
        int noHighlightFrom = int.MaxValue, noBraceFrom = int.MaxValue;
        while (i < masked.Length - 1)
        {
            if (TryBraces(plain, masked, i, ref noBraceFrom, out int next, out string text, out string? hint)
                || TryHighlight(plain, masked, i, ref noHighlightFrom, out next, out text, out hint))
            {
                q.Append(plain[copied..i]).Append('[').Append(hint ?? "...").Append(']');
                answers.Add(text);
                copied = i = next;
            }
            else i++;
        }
        if (answers.Count == 0) return false;
        q.Append(plain[copied..]);
        question = q.ToString().Trim();
        answer = string.Join("; ", answers);
        return true;
    }

    private static bool TryHighlight(ReadOnlySpan<char> plain, ReadOnlySpan<char> m, int i, ref int noCloseFrom, out int next, out string text, out string? hint)
    {
        next = 0; text = string.Empty; hint = null;
        if (i >= noCloseFrom) return false;
        if (m[i] != '=' || m[i + 1] != '=') return false;
        if (i > 0 && (IsIdent(m[i - 1]) || m[i - 1] == '=')) return false;
        int open = i + 2;
        if (open >= m.Length || char.IsWhiteSpace(m[open]) || m[open] == '=') return false;
        int close = IndexOf(m, "==", open);
        while (close > 0)
        {
            bool after = close + 2 >= m.Length || (!IsIdent(m[close + 2]) && m[close + 2] != '=');
            if (!char.IsWhiteSpace(m[close - 1]) && after) break;
            close = IndexOf(m, "==", close + 1);
        }
        if (close < 0) { noCloseFrom = open; return false; }
        text = plain[open..close].Trim().ToString();
        next = close + 2;
        return text.Length > 0;
    }

    private static bool TryBraces(ReadOnlySpan<char> plain, ReadOnlySpan<char> m, int i, ref int noCloseFrom, out int next, out string text, out string? hint)
    {
        next = 0; text = string.Empty; hint = null;
        if (i >= noCloseFrom) return false;
        if (m[i] != '{' || i + 4 >= m.Length || m[i + 1] != '{' || (m[i + 2] | 0x20) != 'c') return false;
        int j = i + 3;
        while (j < m.Length && char.IsAsciiDigit(m[j])) j++;
        if (j == i + 3 || j + 1 >= m.Length || m[j] != ':' || m[j + 1] != ':') return false;
        int start = j + 2;
        int close = IndexOf(m, "}}", start);
        if (close < 0) { noCloseFrom = start; return false; }
        var body = plain[start..close];
        int h = m[start..close].IndexOf("::", StringComparison.Ordinal);
        if (h >= 0)
        {
            var hintText = body[(h + 2)..].Trim();
            hint = hintText.IsEmpty ? null : hintText.ToString();
            body = body[..h];
        }
        text = body.Trim().ToString();
        next = close + 2;
        return text.Length > 0;
    }

    /// <summary>Index of <paramref name="value"/> in <paramref name="s"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> s, string value, int from)
    {
        if (from > s.Length) return -1;
        int i = s[from..].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? -1 : i + from;
    }
}
