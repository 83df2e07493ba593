using System.Buffers;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PrepCode.Core.Notes;

/// <summary>
/// A Markdig extension that leaves out the inline parsing of paragraphs nothing can be read from: a paragraph (not
/// the first one of a list item, whose text is always read) whose source holds none of <c>: = { ? | &amp; \</c>
/// cannot hold a card (<c>::</c>, <c>==</c>, <c>{{c</c>, a <c>?</c> line), a score or key label (<c>:</c>) or a
/// pipe table, and entities and escapes are the only ways inline parsing adds characters. Such a paragraph keeps
/// <c>Inline == null</c>; <see cref="NoteWalker"/> reads nothing from it either way.
/// </summary>
internal sealed class PlainParagraphs : IMarkdownExtension
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create(":={?|&\\");

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>()
            ?? throw new InvalidOperationException("The pipeline has no paragraph parser.");
        paragraphs.Closed -= OnClosed;
        paragraphs.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock paragraph || !paragraph.ProcessInlines) return;
        if (paragraph.Parent is ListItemBlock item && item.Count > 0 && item[0] == paragraph) return;
        var lines = paragraph.Lines;
        for (int i = 0; i < lines.Count; i++)
            if (lines.Lines[i].Slice.AsSpan().IndexOfAny(Triggers) >= 0) return;
        paragraph.ProcessInlines = false;
    }
}
