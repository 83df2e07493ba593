namespace PrepCode.Core.Notes;

/// <summary>
/// Reads the common shape of front matter without a YAML parser: lines of <c>key: value</c> (or <c>key:</c>) at column
/// 0 whose value is a plain ASCII scalar or a flow list <c>[a, b]</c> of them, plus blank and <c>#</c> comment lines.
/// Anything else (quotes, nesting, comments after a value, other characters) returns false before anything is
/// recorded, and the YAML parser reads the block instead; for the shapes taken here both give the same fields.
/// </summary>
internal static class SimpleFrontMatter
{
    private readonly record struct Entry(string Key, string? Value, List<string>? Items, int Line);

    public static bool TryRead(ReadOnlySpan<char> yaml, FrontMatterBuilder builder)
    {
        // Line breaks: only \n and \r\n (EnumerateLines also splits at others YAML may read differently).
        if (yaml.IndexOfAny('\f', '\u0085') >= 0 || yaml.IndexOfAny('\u2028', '\u2029') >= 0) return false;
        for (int cr = yaml.IndexOf('\r'); cr >= 0; cr = yaml[(cr + 1)..].IndexOf('\r') is int next and >= 0 ? cr + 1 + next : -1)
            if (cr + 1 >= yaml.Length || yaml[cr + 1] != '\n') return false;
        List<Entry>? entries = null;
        int line = 0;
        foreach (var text in yaml.EnumerateLines())
        {
            line++;
            if (text.IsEmpty || text[0] == '#') continue;
            int colon = text.IndexOf(':');
            if (colon <= 0 || !IsKey(text[..colon])) return false;
            var rest = text[(colon + 1)..];
            if (!rest.IsEmpty && rest[0] != ' ') return false;
            var value = rest.Trim(' ');
            var key = text[..colon].ToString();
            if (value.IsEmpty) (entries ??= []).Add(new Entry(key, null, null, line));
            else if (value[0] == '[')
            {
                if (value[^1] != ']' || ReadList(value[1..^1]) is not { } items) return false;
                (entries ??= []).Add(new Entry(key, null, items, line));
            }
            else if (IsPlain(value, allowComma: true)) (entries ??= []).Add(new Entry(key, value.ToString(), null, line));
            else return false;
        }
        if (entries is null) return false;
        foreach (var e in entries)
        {
            if (e.Items is not null) builder.Sequence(e.Key, e.Items, e.Line);
            else builder.Scalar(e.Key, e.Value ?? string.Empty, e.Line, isNull: e.Value is null);
        }
        return true;
    }

    private static List<string>? ReadList(ReadOnlySpan<char> inner)
    {
        var items = new List<string>();
        if (inner.Trim(' ').IsEmpty) return items;
        foreach (var range in inner.Split(','))
        {
            var item = inner[range].Trim(' ');
            if (!IsPlain(item, allowComma: false)) return null;
            items.Add(item.ToString());
        }
        return items;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0])) return false;
        foreach (char c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-') return false;
        return true;
    }

    /// <summary>Starts with a letter or digit; then letters, digits, spaces and <c>. _ - + / % ( )</c>.</summary>
    private static bool IsPlain(ReadOnlySpan<char> value, bool allowComma)
    {
        if (value.IsEmpty || !char.IsAsciiLetterOrDigit(value[0])) return false;
        foreach (char c in value)
        {
            if (char.IsAsciiLetterOrDigit(c)) continue;
            switch (c)
            {
                case ' ' or '.' or '_' or '-' or '+' or '/' or '%' or '(' or ')': continue;
                case ',' when allowComma: continue;
                default: return false;
            }
        }
        return true;
    }
}
