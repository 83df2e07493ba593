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
/// holding none of <c>: = { ? | &amp; \</c> (see <see cref="MayHoldItems"/>).</item>
/// </list>
/// Such a paragraph keeps <c>Inline == null</c> and its <c>Lines</c>.
/// </summary>
internal sealed class PlainParagraphs : IMarkdownExtension
{
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
        paragraphs.Closed -= OnClosed;
        paragraphs.Closed += OnClosed;
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

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock paragraph || !paragraph.ProcessInlines) return;
        if (!Contains(paragraph.Lines, InlineSyntax) || !MayHoldItems(paragraph)) paragraph.ProcessInlines = false;
    }
}
