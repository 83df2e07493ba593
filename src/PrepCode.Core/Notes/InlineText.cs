using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PrepCode.Core.Notes;

/// <summary>One source line of a paragraph as plain text. <see cref="Masked"/> has the same length as
/// <see cref="Plain"/> with code spans and autolinks replaced by <see cref="MaskChar"/>, so card syntax is
/// only looked for outside them.</summary>
internal sealed class TextLine(int line, int startOffset)
{
    public const char MaskChar = '\u0001';
    // Most lines are one unmasked piece of text: it becomes the plain text without a builder.
    private string? _single;
    private StringBuilder? _plain;
    private StringBuilder? _masked;
    private string? _plainText, _maskedText;

    public int Line { get; } = line;
    /// <summary>Source offset of the line's first inline.</summary>
    public int StartOffset { get; } = startOffset;
    public string Plain => _plainText ??= _plain?.ToString() ?? _single ?? string.Empty;
    public string Masked => _maskedText ??= _masked?.ToString() ?? Plain;

    public void Append(ReadOnlySpan<char> text, bool masked)
    {
        if (_plain is null && _single is null && !masked) { _single = text.ToString(); return; }
        if (_plain is null)
        {
            _plain = new StringBuilder((_single?.Length ?? 0) + text.Length).Append(_single);
            _single = null;
        }
        if (masked && _masked is null) _masked = new StringBuilder(_plain.Length + text.Length).Append(_plain);
        _plain.Append(text);
        if (masked) _masked!.Append(MaskChar, text.Length);
        else _masked?.Append(text);
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

    /// <summary>Splits a paragraph's inlines into source lines of plain text.</summary>
    public static List<TextLine> Lines(LeafBlock block, LineMap map)
    {
        var lines = new List<TextLine>(2);
        if (block.Inline is null) return lines;
        var state = new LineState(lines, map, block.Line, block.Span.Start);
        AppendLines(block.Inline, ref state);
        return lines;
    }

    private struct LineState(List<TextLine> lines, LineMap map, int firstLine, int firstOffset)
    {
        public readonly List<TextLine> Lines = lines;
        public readonly LineMap Map = map;
        public int PendingLine = firstLine;
        public int PendingOffset = firstOffset;

        public TextLine Current(Inline inline)
        {
            int line = PendingLine, offset = PendingOffset;
            if (inline.Span.Start >= 0 && inline.Span.Length > 0) { offset = inline.Span.Start; line = Map.LineOf(offset); }
            if (Lines.Count == 0 || Lines[^1].Line < line)
            {
                Lines.Add(new TextLine(line, offset));
            }
            return Lines[^1];
        }
    }

    private static void AppendLines(ContainerInline container, ref LineState state)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline lit: Add(state.Current(inline), lit.Content.AsSpan(), masked: false); break;
                case CodeInline code: Add(state.Current(inline), code.Content, masked: true); break;
                case HtmlEntityInline ent: Add(state.Current(inline), ent.Transcoded.AsSpan(), masked: false); break;
                case AutolinkInline auto: Add(state.Current(inline), auto.Url, masked: true); break;
                case LineBreakInline br:
                    state.PendingLine = state.Map.LineOf(br.Span.Start) + 1;
                    state.PendingOffset = state.PendingLine < state.Map.LineCount ? state.Map.LineStart(state.PendingLine) : br.Span.End;
                    break;
                case ContainerInline child: AppendLines(child, ref state); break;
            }
        }
    }

    private static void Add(TextLine line, ReadOnlySpan<char> text, bool masked) => line.Append(text, masked);
}
