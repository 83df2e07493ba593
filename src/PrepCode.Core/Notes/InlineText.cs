using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PrepCode.Core.Notes;

/// <summary>One source line of a paragraph as plain text. <see cref="Masked"/> has the same length as
/// <see cref="Plain"/> with code spans and autolinks replaced by <see cref="MaskChar"/>, so card syntax is
/// only looked for outside them. Read the spans (<see cref="PlainSpan"/>, <see cref="MaskedSpan"/>) to look at the
/// text: a line that is one unmasked piece of the source (nearly every line) is a slice of it, copied only when
/// <see cref="Plain"/> is read.</summary>
internal sealed class TextLine(int line)
{
    public const char MaskChar = '\u0001';
    private string? _source;
    private int _start, _length;
    private StringBuilder? _plain;
    private StringBuilder? _masked;
    private string? _plainText, _maskedText;

    public int Line { get; private set; } = line;

    /// <summary>Empties the line for reuse as line <paramref name="number"/> (<see cref="TextLinePool"/>).</summary>
    public void Reset(int number)
    {
        Line = number;
        (_source, _start, _length) = (null, 0, 0);
        (_plain, _masked, _plainText, _maskedText) = (null, null, null, null);
    }

    public string Plain => _plainText ??= _plain?.ToString() ?? _source?.Substring(_start, _length) ?? string.Empty;

    public string Masked => _maskedText ??= _masked?.ToString() ?? Plain;

    public ReadOnlySpan<char> PlainSpan => _plain is null ? _source.AsSpan(_start, _length) : Plain;

    public ReadOnlySpan<char> MaskedSpan => _masked is null ? PlainSpan : Masked;

    /// <summary>Appends <paramref name="length"/> chars of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public void Append(string source, int start, int length, bool masked)
    {
        if (_plain is null && _source is null && !masked) { (_source, _start, _length) = (source, start, length); return; }
        Append(source.AsSpan(start, length), masked);
    }

    public void Append(ReadOnlySpan<char> text, bool masked)
    {
        if (_plain is null)
        {
            _plain = new StringBuilder(_length + text.Length).Append(_source.AsSpan(_start, _length));
            _source = null;
        }
        if (masked && _masked is null) _masked = new StringBuilder(_plain.Length + text.Length).Append(_plain);
        _plain.Append(text);
        if (masked) _masked!.Append(MaskChar, text.Length);
        else _masked?.Append(text);
    }
}

/// <summary>The text lines of one walk, reused: each <see cref="Start"/> takes back the lines handed out since the
/// previous one, so a reader of <see cref="InlineText.Lines"/> must be done with them before it reads the next
/// paragraph (the walker reads one paragraph at a time). Half a million lines a corpus of 10,000 notes, not allocated.</summary>
internal sealed class TextLinePool
{
    private readonly List<TextLine> _list = [];
    private readonly List<TextLine> _made = [];
    private int _used;

    public List<TextLine> Start()
    {
        _list.Clear();
        _used = 0;
        return _list;
    }

    public TextLine New(int line)
    {
        if (_used == _made.Count) _made.Add(new TextLine(line));
        else _made[_used].Reset(line);
        return _made[_used++];
    }
}

/// <summary>Flattens Markdig inlines to plain text: emphasis and links keep their text, code spans keep their
/// content, raw HTML and task boxes are dropped.</summary>
internal static class InlineText
{
    /// <summary>One-line plain text (line breaks become spaces), trimmed.</summary>
    public static string Flatten(ContainerInline? root)
    {
        if (root is null) return string.Empty;
        // One piece of text (most headings): no builder.
        if (root.FirstChild is LiteralInline only && only.NextSibling is null) return only.Content.AsSpan().Trim().ToString();
        var sb = new StringBuilder();
        AppendFlat(root, sb);
        return sb.ToString().Trim();
    }

    private static void AppendFlat(ContainerInline container, StringBuilder sb)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline lit: sb.Append(lit.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline ent: sb.Append(ent.Transcoded.AsSpan()); break;
                case AutolinkInline auto: sb.Append(auto.Url); break;
                case ContainerInline child: AppendFlat(child, sb); break;
            }
        }
    }

    /// <summary>Splits a paragraph's inlines into source lines of plain text. A paragraph Markdig did not parse inline
    /// (see <see cref="PlainParagraphs"/>) has no inline syntax: its lines are its source lines.</summary>
    /// <param name="pool">Where the lines come from (they are reused by its next call); null: new lines.</param>
    /// <param name="skip">Chars of the first line not read (a task box, <see cref="PlainParagraphs.TaskBox"/>), for a
    /// block Markdig did not parse inline.</param>
    public static List<TextLine> Lines(LeafBlock block, LineMap map, TextLinePool? pool = null, int skip = 0)
    {
        if (block.Inline is null) return SourceLines(block, pool, skip);
        var lines = pool?.Start() ?? new List<TextLine>(2);
        var state = new LineState(lines, map, block.Line, pool);
        AppendLines(block.Inline, ref state);
        return lines;
    }

    /// <summary>The text inline parsing would give a paragraph without inline syntax: Markdig's line slices start after
    /// the leading whitespace and the last one ends trimmed; a soft or hard break drops the spaces (not tabs) before it.</summary>
    private static List<TextLine> SourceLines(LeafBlock block, TextLinePool? pool, int skip)
    {
        var group = block.Lines;
        var lines = pool?.Start() ?? new List<TextLine>(group.Count);
        for (int i = 0; i < group.Count; i++)
        {
            ref var source = ref group.Lines[i];
            var slice = source.Slice;
            int from = i == 0 ? skip : 0;
            int length = slice.AsSpan()[from..].TrimEnd(' ').Length;
            var line = pool?.New(source.Line) ?? new TextLine(source.Line);
            if (length > 0) line.Append(slice.Text, slice.Start + from, length, masked: false);
            lines.Add(line);
        }
        return lines;
    }

    private struct LineState(List<TextLine> lines, LineMap map, int firstLine, TextLinePool? pool)
    {
        public readonly List<TextLine> Lines = lines;
        public readonly LineMap Map = map;
        private readonly TextLinePool? _pool = pool;
        public int PendingLine = firstLine;

        public TextLine Current(Inline inline)
        {
            int line = PendingLine;
            if (inline.Span.Start >= 0 && inline.Span.Length > 0) line = Map.LineOf(inline.Span.Start);
            if (Lines.Count == 0 || Lines[^1].Line < line) Lines.Add(_pool?.New(line) ?? new TextLine(line));
            return Lines[^1];
        }
    }

    private static void AppendLines(ContainerInline container, ref LineState state)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline lit: state.Current(inline).Append(lit.Content.Text, lit.Content.Start, lit.Content.Length, masked: false); break;
                case CodeInline code: state.Current(inline).Append(code.Content, masked: true); break;
                case HtmlEntityInline ent: state.Current(inline).Append(ent.Transcoded.AsSpan(), masked: false); break;
                case AutolinkInline auto: state.Current(inline).Append(auto.Url, masked: true); break;
                case LineBreakInline br:
                    state.PendingLine = state.Map.LineOf(br.Span.Start) + 1;
                    break;
                case ContainerInline child: AppendLines(child, ref state); break;
            }
        }
    }
}
