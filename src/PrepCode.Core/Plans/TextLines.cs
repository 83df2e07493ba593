using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>A text split into lines without losing anything: line contents, their offsets and the text's line break
/// (the first one met: "\r\n" or "\n"; "\n" when the text has none). Positions are 0-based line and UTF-16 column.</summary>
public sealed class TextLines
{
    private readonly List<int> _starts = [0];
    private readonly List<int> _ends = [];

    public TextLines(string text)
    {
        Text = text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                _ends.Add(i);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (_ends.Count == 1) Newline = text[_ends[0]..(i + 1)] == "\r\n" ? "\r\n" : "\n";
                i++;
                _starts.Add(i);
                continue;
            }
            i++;
        }
        _ends.Add(text.Length);
    }

    public string Text { get; }

    /// <summary>The line break used by the text.</summary>
    public string Newline { get; } = "\n";

    public bool UsesCrlf => Newline == "\r\n";

    public int Count => _starts.Count;

    /// <summary>The line's content, without its line break.</summary>
    public string this[int line] => Text[_starts[line].._ends[line]];

    public int LineStart(int line) => _starts[line];

    /// <summary>Offset just past the line's content.</summary>
    public int LineEnd(int line) => _ends[line];

    public SourcePosition EndOf(int line) => new(line, _ends[line] - _starts[line]);

    public SourceRange Range(int line) => new(new SourcePosition(line, 0), EndOf(line));

    /// <summary>The offset of a position; a column past the line's end is clamped to it, a line past the end to the text's end.</summary>
    public int Offset(SourcePosition p)
    {
        if (p.Line < 0) return 0;
        if (p.Line >= _starts.Count) return Text.Length;
        return _starts[p.Line] + Math.Clamp(p.Character, 0, _ends[p.Line] - _starts[p.Line]);
    }

    /// <summary>An edit replacing the whole content of a line (its line break stays).</summary>
    public TextEdit Replace(int line, string content) => new(Range(line), content);

    /// <summary>An edit inserting new lines after <paramref name="line"/>, with the text's line break.</summary>
    public TextEdit InsertAfter(int line, IEnumerable<string> newLines)
    {
        var end = EndOf(line);
        return new TextEdit(new SourceRange(end, end), string.Concat(newLines.Select(l => Newline + l)));
    }
}
