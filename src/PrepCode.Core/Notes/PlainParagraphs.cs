using System.Buffers;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PrepCode.Core.Notes;

/// <summary>
/// A Markdig extension that leaves out the inline parsing of paragraphs that do not need it (most of a note's text):
/// <list type="bullet">
/// <item>a paragraph whose source holds no character that starts inline syntax in <see cref="NoteParser"/>'s
/// pipeline (<c>` * _ [ ] ! &lt; &amp; \ { } |</c>, NUL): inline parsing would give its source lines, trimmed as
/// <see cref="InlineText.Lines"/> reads them;</item>
/// <item>a paragraph nothing can be read from: not the first one of a list item (whose text is always read) and
/// holding none of <c>: = { ? | &amp; \</c> (see <see cref="MayHoldItems"/>);</item>
/// <item>a heading without inline syntax: its title is its text (<see cref="HeadingText"/>).</item>
/// </list>
/// Such a block keeps <c>Inline == null</c> and its <c>Lines</c>.
/// <para>With <paramref name="forIndex"/> (the parse for the index, which keeps nothing of tables and only counts task
/// items), also a paragraph that is certainly a pipe table (<see cref="IsTable"/>): Markdig finds tables only by
/// parsing their inlines, a fifth of its time on a note with one table. The walker then passes such a paragraph by, as
/// it passes a table. And a list item's first paragraph whose only inline syntax is a leading task box
/// (<see cref="TaskBox"/>): the walker reads the box and the text after it.</para>
/// </summary>
internal sealed class PlainParagraphs(bool forIndex) : IMarkdownExtension
{
    public PlainParagraphs() : this(false) { }

    /// <summary>What a card (<c>::</c>, <c>==</c>, <c>{{c</c>, a <c>?</c> line), a score or key label (<c>:</c>) or a pipe
    /// table needs, and the only ways inline parsing adds characters (entities, escapes).</summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create(":={?|&\\");

    /// <summary>Characters that start inline syntax: code, emphasis, links and images, autolinks and HTML, entities,
    /// escapes, generic attributes, pipe tables, task boxes; NUL, which Markdig replaces.</summary>
    private static readonly SearchValues<char> InlineSyntax = SearchValues.Create("`*_[]!<&\\{}|\0");

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>()
            ?? throw new InvalidOperationException("The pipeline has no paragraph parser.");
        paragraphs.Closed += OnClosed;
        var headings = pipeline.BlockParsers.Find<HeadingBlockParser>()
            ?? throw new InvalidOperationException("The pipeline has no heading parser.");
        headings.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>False for a paragraph (not first in a list item) that cannot hold a card, score, key label or table.</summary>
    public static bool MayHoldItems(ParagraphBlock paragraph) =>
        IsFirstOfListItem(paragraph) || Contains(paragraph.Lines, Triggers);

    private static bool IsFirstOfListItem(ParagraphBlock paragraph) =>
        paragraph.Parent is ListItemBlock item && item.Count > 0 && item[0] == paragraph;

    private static bool Contains(StringLineGroup lines, SearchValues<char> chars)
    {
        for (int i = 0; i < lines.Count; i++)
            if (lines.Lines[i].Slice.AsSpan().IndexOfAny(chars) >= 0) return true;
        return false;
    }

    private void OnClosed(BlockProcessor processor, Block block)
    {
        // A heading (ATX, or setext: the paragraph parser closes those) without inline syntax: its title is its text.
        if (block is HeadingBlock heading)
        {
            if (heading.ProcessInlines && !Contains(heading.Lines, InlineSyntax)) heading.ProcessInlines = false;
            return;
        }
        if (block is not ParagraphBlock paragraph || !paragraph.ProcessInlines) return;
        if (!Contains(paragraph.Lines, InlineSyntax) || !MayHoldItems(paragraph)
            || forIndex && (IsTable(paragraph.Lines) || IsPlainTask(paragraph)))
            paragraph.ProcessInlines = false;
    }

    /// <summary>The length of the task box <c>[ ]</c>, <c>[x]</c> or <c>[X]</c> that starts a list item's first paragraph
    /// (Markdig's task lists: no tab inside, any text right after), when text follows it on its line; else 0.</summary>
    public static int TaskBox(ParagraphBlock paragraph)
    {
        if (!IsFirstOfListItem(paragraph) || paragraph.Lines.Count == 0) return 0;
        var line = paragraph.Lines.Lines[0].Slice.AsSpan();
        if (line.Length < 4 || line[0] != '[' || line[2] != ']' || line[1] is not (' ' or 'x' or 'X')) return 0;
        return line[3..].IsWhiteSpace() ? 0 : 3;
    }

    /// <summary>A list item's first paragraph with a <see cref="TaskBox"/> and no other inline syntax.</summary>
    private static bool IsPlainTask(ParagraphBlock paragraph)
    {
        int box = TaskBox(paragraph);
        if (box == 0 || paragraph.Lines.Lines[0].Slice.AsSpan()[box..].IndexOfAny(InlineSyntax) >= 0) return false;
        for (int i = 1; i < paragraph.Lines.Count; i++)
            if (paragraph.Lines.Lines[i].Slice.AsSpan().IndexOfAny(InlineSyntax) >= 0) return false;
        return true;
    }

    /// <summary>The title of a heading left unparsed (<c>Inline == null</c>): what <see cref="InlineText.Flatten"/> gives
    /// for its inlines. Its lines are the heading's text (the closing <c>#</c>s already cut off); a line break is a
    /// space, with the spaces before it dropped.</summary>
    public static string HeadingText(HeadingBlock heading)
    {
        var lines = heading.Lines;
        if (lines.Count == 1) return lines.Lines[0].Slice.AsSpan().Trim().ToString();
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(lines.Lines[i].Slice.AsSpan().TrimEnd(' '));
        }
        return sb.ToString().Trim();
    }

    /// <summary>Characters that could hide a line's leading pipe inside a span that runs across lines (code, HTML,
    /// link text) or escape it. A paragraph holding one is never taken for a table here: it is parsed.</summary>
    private static readonly SearchValues<char> Spanning = SearchValues.Create("`<[\\");

    /// <summary>True when Markdig's pipe tables would certainly make a table of every line of the paragraph: two lines
    /// or more, each starting and ending with <c>|</c>, the second a delimiter row (<c>|---|:--:|</c>), the first not, and none of
    /// <see cref="Spanning"/>. Anything else (a paragraph that only may be a table) answers false and is parsed as
    /// before; a test compares the index parse with the full one on thousands of table-like notes.</summary>
    public static bool IsTable(StringLineGroup lines)
    {
        if (lines.Count < 2) return false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.AsSpan().Trim(" \t");
            if (line.Length < 2 || line[0] != '|' || line[^1] != '|' || line.IndexOfAny(Spanning) >= 0) return false;
        }
        return IsDelimiterRow(lines.Lines[1].Slice.AsSpan()) && !IsDelimiterRow(lines.Lines[0].Slice.AsSpan());
    }

    /// <summary><c>|</c> then cells of <c>:?-+:?</c> (spaces around) each closed by <c>|</c>, the last one's pipe optional.</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t");
        if (line.Length < 2 || line[0] != '|') return false;
        line = line[1..];
        int cells = 0;
        while (!line.IsEmpty)
        {
            int end = line.IndexOf('|');
            var cell = (end < 0 ? line : line[..end]).Trim(" \t");
            if (cell.Length == 0 && end < 0) break;
            if (cell.StartsWith(':')) cell = cell[1..];
            if (cell.EndsWith(':')) cell = cell[..^1];
            if (cell.IsEmpty || cell.ContainsAnyExcept('-')) return false;
            cells++;
            if (end < 0) break;
            line = line[(end + 1)..];
        }
        return cells > 0;
    }
}
