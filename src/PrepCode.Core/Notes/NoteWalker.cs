using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PrepCode.Core.Notes;

/// <summary>One pass over the Markdig syntax tree, in document order, collecting every kind of note item.
/// Code blocks, HTML blocks (including comments) and the front matter are never looked into. For the index
/// (<c>forIndex</c>) tables and score lines are not collected, and a paragraph left unparsed as a table
/// (<see cref="PlainParagraphs.IsTable"/>) is passed by as a table is.</summary>
internal sealed class NoteWalker
{
    private readonly LineMap _lines;
    private readonly int _bodyStart;
    private readonly TopicBuilder _topics;
    private readonly CardExtractor _cards;
    private readonly bool _forIndex;
    private readonly TextLinePool _textLines = new();

    public List<PracticeQuestion> Practice { get; } = [];
    public List<KeyPoint> KeyPoints { get; } = [];
    public List<TaskItem> Tasks { get; } = [];
    public List<MarkdownTable> Tables { get; } = [];
    public List<ScoreLine> Scores { get; } = [];
    public List<Card> Cards => _cards.Cards;
    public TopicBuilder Topics => _topics;

    public NoteWalker(string key, LineMap lines, int bodyStart, List<NoteDiagnostic> diagnostics, bool forIndex = false)
    {
        _forIndex = forIndex;
        _lines = lines;
        _bodyStart = bodyStart;
        _topics = new TopicBuilder(key, lines, diagnostics);
        _cards = new CardExtractor(key, lines, diagnostics);
    }

    public void Walk(MarkdownDocument document) => WalkBlocks(document, 0, 0, keyLabelledLists: false);

    /// <param name="listDepth">How many list items enclose these blocks.</param>
    /// <param name="skip">How many leading children to skip (a list item's first paragraph, already read).</param>
    /// <param name="keyLabelledLists">Lists directly here hold key points (their item was a "Key learnings:" label).</param>
    private void WalkBlocks(ContainerBlock container, int listDepth, int skip, bool keyLabelledLists)
    {
        bool nextListIsKey = false;
        for (int i = skip; i < container.Count; i++)
        {
            var block = container[i];
            if (block is YamlFrontMatterBlock || block.Span.Start < _bodyStart) continue;
            bool labelParagraph = false;
            switch (block)
            {
                case HeadingBlock heading: AddHeading(heading); break;
                case ParagraphBlock paragraph: labelParagraph = ReadParagraph(paragraph); break;
                case ListBlock list: WalkList(list, listDepth, keyLabelledLists || nextListIsKey); break;
                case Table table: if (!_forIndex) AddTable(table); break;
                case CodeBlock or HtmlBlock: break; // fenced and indented code, HTML and comments
                case ContainerBlock child: WalkBlocks(child, listDepth, 0, false); break;
            }
            nextListIsKey = labelParagraph;
        }
    }

    private void AddHeading(HeadingBlock heading)
    {
        string title = heading.Inline is null ? PlainParagraphs.HeadingText(heading) : InlineText.Flatten(heading.Inline);
        string? explicitId = heading.TryGetAttributes()?.Id;
        if (string.IsNullOrWhiteSpace(explicitId)) explicitId = null;
        _topics.Add(title, heading.Level, explicitId, heading.Span.Start, heading.Span.End + 1);
    }

    /// <summary>A paragraph outside lists: cards, scores, and "**Key learnings**:" labels. Returns true for a label
    /// with nothing after the colon (the list that follows holds key points).</summary>
    private bool ReadParagraph(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null && (!PlainParagraphs.MayHoldItems(paragraph) || IsUnparsedTable(paragraph))) return false;
        var lines = InlineText.Lines(paragraph, _lines, _textLines);
        string? topicId = _topics.Current?.Id;
        int cards = _cards.Extract(lines, _topics.Context().TopicId);
        AddScores(lines, topicId);
        if (cards > 0 || lines.Count != 1) return false;
        if (!SectionKinds.IsKeyLabel(lines[0].PlainSpan.Trim(), out string rest)) return false;
        if (rest.Length == 0) return true;
        KeyPoints.Add(new KeyPoint(rest, _topics.Context().TopicId, LinesRange(_lines.ContentStart(lines[0].Line), lines)));
        return false;
    }

    private void WalkList(ListBlock list, int listDepth, bool keyLabelled)
    {
        foreach (var block in list)
        {
            if (block is not ListItemBlock item) continue;
            bool itemIsLabel = false;
            int skip = 0;
            if (item.Count > 0 && item[0] is ParagraphBlock first && !IsUnparsedTable(first))
            {
                skip = 1;
                itemIsLabel = ReadListItem(item, first, listDepth, keyLabelled);
            }
            WalkBlocks(item, listDepth + 1, skip, itemIsLabel);
        }
    }

    /// <summary>Reads a list item's first paragraph; returns true when it is a key-point label.</summary>
    private bool ReadListItem(ListItemBlock item, ParagraphBlock first, int listDepth, bool keyLabelled)
    {
        // The index parse leaves a plain task item unparsed (PlainParagraphs): its box is read here.
        int box = _forIndex && first.Inline is null ? PlainParagraphs.TaskBox(first) : 0;
        var lines = InlineText.Lines(first, _lines, _textLines, box);
        string? enclosing = _topics.Current?.Id;
        int cards = _cards.Extract(lines, _topics.Context().TopicId);
        AddScores(lines, enclosing);
        // One line (nearly every item) is looked at in place; the text is copied only for an item that keeps it.
        string? joined = lines.Count == 1 ? null : JoinPlain(lines);
        var text = joined is null ? (lines.Count == 1 ? lines[0].PlainSpan.Trim() : []) : joined.AsSpan();
        var range = LinesRange(item.Span.Start, lines, first);

        bool isTask = false;
        if (first.Inline?.FirstChild is TaskList taskList)
        {
            isTask = true;
            Tasks.Add(new TaskItem(joined ??= text.ToString(), taskList.Checked, enclosing, range, _lines.Range(taskList.Span.Start, taskList.Span.End + 1)));
        }
        else if (box > 0)
        {
            isTask = true;
            var source = first.Lines.Lines[0].Slice;
            Tasks.Add(new TaskItem(joined ??= text.ToString(), source.Text[source.Start + 1] != ' ', enclosing, range, _lines.Range(source.Start, source.Start + box)));
        }
        if (cards > 0 || text.Length == 0) return false;

        var (topicId, kind) = _topics.Context();
        if (SectionKinds.IsKeyLabel(text, out string rest))
        {
            if (rest.Length > 0) KeyPoints.Add(new KeyPoint(rest, topicId, range));
            return true;
        }
        if (keyLabelled || (kind == SectionKind.KeyPoints && listDepth == 0))
            KeyPoints.Add(new KeyPoint(joined ?? text.ToString(), topicId, range));
        else if ((kind == SectionKind.Practice && listDepth == 0 && !isTask) || text[^1] == '?')
            Practice.Add(new PracticeQuestion(joined ?? text.ToString(), topicId, range));
        return false;
    }

    /// <summary>A paragraph the index parse left unparsed because it is a table.</summary>
    private bool IsUnparsedTable(ParagraphBlock paragraph) =>
        _forIndex && paragraph.Inline is null && PlainParagraphs.IsTable(paragraph.Lines);

    private void AddScores(List<TextLine> lines, string? topicId)
    {
        if (_forIndex) return;
        foreach (var line in lines)
        {
            if (ScoreReader.TryRead(line.MaskedSpan, out double percent))
                Scores.Add(new ScoreLine(percent, topicId, _lines.Range(_lines.ContentStart(line.Line), _lines.LineEnd(line.Line))));
        }
    }

    private void AddTable(Table table)
    {
        var header = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var block in table)
        {
            if (block is not TableRow row) continue;
            var cells = new List<string>(row.Count);
            foreach (var cellBlock in row)
            {
                string cellText = string.Empty;
                if (cellBlock is TableCell cell && cell.Count > 0 && cell[0] is ParagraphBlock p) cellText = InlineText.Flatten(p.Inline);
                cells.Add(cellText);
            }
            if (row.IsHeader && header.Count == 0) header.AddRange(cells);
            else rows.Add(cells);
        }
        var current = _topics.Current;
        int end = _lines.LineEnd(_lines.LineOf(Math.Max(table.Span.Start, table.Span.End)));
        Tables.Add(new MarkdownTable(current?.Id, current?.Title, header, rows, _lines.Range(table.Span.Start, end)));
    }

    /// <summary>The trimmed lines joined by single spaces (blank ones left out).</summary>
    private static string JoinPlain(List<TextLine> lines)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var t = line.PlainSpan.Trim();
            if (t.IsEmpty) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }

    private SourceRange LinesRange(int start, List<TextLine> lines, Block? fallback = null)
    {
        int lastLine = lines.Count > 0 ? lines[^1].Line : _lines.LineOf(fallback?.Span.End ?? start);
        return _lines.Range(start, _lines.LineEnd(Math.Max(lastLine, _lines.LineOf(start))));
    }
}
