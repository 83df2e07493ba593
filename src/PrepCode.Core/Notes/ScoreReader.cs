using System.Buffers;
using System.Globalization;

namespace PrepCode.Core.Notes;

/// <summary>Finds "Score: 92.0%" in a line of plain text (bold already flattened): the word "score" in any case,
/// optional spaces, ':', optional spaces, a number, optional spaces, '%'.</summary>
internal static class ScoreReader
{
    /// <summary>"score" in any case, found as <c>IndexOf("score", OrdinalIgnoreCase)</c> would (vectorised).</summary>
    private static readonly SearchValues<string> Score = SearchValues.Create(["score"], StringComparison.OrdinalIgnoreCase);

    public static bool TryRead(ReadOnlySpan<char> line, out double percent)
    {
        percent = 0;
        int from = 0;
        while (from < line.Length)
        {
            int at = line[from..].IndexOfAny(Score);
            if (at < 0) return false;
            at += from;
            from = at + 5;
            if (at > 0 && char.IsLetter(line[at - 1])) continue;
            int i = SkipSpaces(line, at + 5);
            if (i >= line.Length || line[i] != ':') continue;
            i = SkipSpaces(line, i + 1);
            int numStart = i;
            while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] == '.')) i++;
            if (i == numStart) continue;
            var number = line[numStart..i];
            i = SkipSpaces(line, i);
            if (i >= line.Length || line[i] != '%') continue;
            if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent)) return true;
        }
        return false;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }
}
