namespace PrepCode.Core.Notes;

/// <summary>Line-start offsets of a text, computed once; maps offsets to LSP positions by binary search.
/// A line ends at "\r\n", "\n" or a lone "\r" (as Markdig counts them).</summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _starts;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int>(Math.Max(16, text.Length / 40)) { 0 };
        var span = text.AsSpan();
        int pos = 0;
        while (true)
        {
            int i = span[pos..].IndexOfAny('\r', '\n');
            if (i < 0) break;
            pos += i;
            if (span[pos] == '\r' && pos + 1 < span.Length && span[pos + 1] == '\n') pos++;
            pos++;
            starts.Add(pos);
        }
        _starts = starts.ToArray();
    }

    public int LineCount => _starts.Length;

    public int LineStart(int line) => _starts[line];

    /// <summary>Offset just past the line's content (before its line break).</summary>
    public int LineEnd(int line)
    {
        if (line + 1 >= _starts.Length) return _text.Length;
        int end = _starts[line + 1] - 1;
        if (_text[end] == '\n' && end > _starts[line] && _text[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>Offset of the line's first non-whitespace char (its end when blank).</summary>
    public int ContentStart(int line)
    {
        int start = _starts[line], end = LineEnd(line);
        int i = _text.AsSpan(start, end - start).IndexOfAnyExcept(' ', '\t');
        return i < 0 ? end : start + i;
    }

    /// <summary>The line of the last <see cref="LineOf"/>: a walk in document order asks for that line or the next
    /// one most of the time, so those two are tried before a binary search. (A map is used by one thread.)</summary>
    private int _last;

    public int LineOf(int offset)
    {
        if (offset <= 0) return 0;
        if (offset >= _text.Length) return _starts.Length - 1;
        int last = _last;
        if (offset >= _starts[last])
        {
            if (last + 1 == _starts.Length || offset < _starts[last + 1]) return last;
            if (last + 2 == _starts.Length || offset < _starts[last + 2]) return _last = last + 1;
        }
        int i = Array.BinarySearch(_starts, offset);
        return _last = i >= 0 ? i : ~i - 1;
    }

    public SourcePosition Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        int line = LineOf(offset);
        return new SourcePosition(line, offset - _starts[line]);
    }

    /// <summary>Range of [start, endExclusive).</summary>
    public SourceRange Range(int start, int endExclusive) =>
        new(Position(start), Position(Math.Max(start, endExclusive)));

    /// <summary>Range of a whole line's content.</summary>
    public SourceRange LineRange(int line) => Range(_starts[line], LineEnd(line));

    public ReadOnlySpan<char> LineText(int line) => _text.AsSpan(_starts[line], LineEnd(line) - _starts[line]);
}
