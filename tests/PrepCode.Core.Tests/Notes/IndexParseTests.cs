using System.Text;
using System.Text.Json;
using Markdig;
using Markdig.Syntax;
using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

/// <summary>The index parses notes without their tables and score lines (<see cref="NoteParser.ParseForIndex"/>), and
/// leaves unparsed a paragraph that is certainly a table. What the index keeps must be what the full parse gives.</summary>
public class IndexParseTests
{
    private static readonly MarkdownPipeline SkippingTables = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePreciseSourceLocation().UsePipeTables().UseTaskLists().UseGenericAttributes()
        .Use(new PlainParagraphs(forIndex: true)).Build();

    /// <summary>What the index keeps of a parse: the note's facts and its study items, every public field.</summary>
    private static string Kept(NoteDocument doc) =>
        JsonSerializer.Serialize(new { note = IndexedNote.From(doc), items = StudyItemExtractor.Extract(doc) });

    [Fact]
    public void Table_like_notes_index_the_same_as_their_full_parse()
    {
        // Paragraphs that are, may be, or only look like pipe tables, with cards, scores, labels and the syntax that
        // can hide or escape a pipe, in lists and quotes, under study and key-point headings.
        var random = new Random(20261123);
        string[] cells = ["a", " b ", "q:: a", "x:::y", "==cloze==", "{{c1::c}}", "Score: 80%", "Key points:", "why?", "?", "`c|d`", "`c",
            "[l|k](u)", "[l", "<b>", "<b|", "\\|", "*e", "e*", "**b**", "_u_", "&#124;", "-", "--", ":-:", "", "🧠", "::", "x  "];
        string[] delimiters = ["|---|---|", "| -- | :-: |", "|:--|--:|---|", "|-|", "|---|---", "| --- |", "|--x|", "|---|---|\\", "---|---", "| : |"];
        string[] headings = ["# Topic", "## Key points", "## Practice", "### Card {#c1}"];
        string[] prefixes = ["", "", "", "- ", "1. ", "> ", "  "];
        int tablesLeftOut = 0, tablesParsed = 0;
        for (int note = 0; note < 3000; note++)
        {
            var sb = new StringBuilder(random.Next(5) == 0 ? "---\ndomain: D\n---\n" : "");
            for (int block = random.Next(1, 6); block > 0; block--)
            {
                if (random.Next(3) == 0) sb.Append(headings[random.Next(headings.Length)]).Append("\n\n");
                string prefix = prefixes[random.Next(prefixes.Length)];
                string continuation = prefix.StartsWith('>') ? "> " : new string(' ', prefix.Length);
                for (int line = 0, lines = random.Next(1, 6); line < lines; line++)
                {
                    sb.Append(line == 0 ? prefix : continuation);
                    if (line == 1 && random.Next(3) > 0) sb.Append(delimiters[random.Next(2) == 0 ? 0 : random.Next(delimiters.Length)]);
                    else
                    {
                        if (random.Next(6) > 0) sb.Append('|');
                        for (int c = random.Next(1, 4); c > 0; c--)
                        {
                            // Mostly plain cells, so that many paragraphs are certainly tables.
                            sb.Append(random.Next(3) == 0 ? cells[random.Next(cells.Length)] : cells[random.Next(3)]);
                            sb.Append(c > 1 || random.Next(4) > 0 ? "|" : "");
                        }
                    }
                    sb.Append(random.Next(5) == 0 ? "\r\n" : "\n");
                }
                sb.Append(random.Next(4) == 0 ? "" : "\n");
            }
            string text = sb.ToString();

            var full = NoteParser.Parse("n.md", text);
            var forIndex = NoteParser.ParseForIndex("n.md", text);
            Assert.True(Kept(full) == Kept(forIndex), $"the index parse differs from the full parse of:\n{text}");
            Assert.Empty(forIndex.Tables);

            foreach (var p in Markdown.Parse(text, SkippingTables).Descendants<ParagraphBlock>())
                if (p.Inline is null && PlainParagraphs.IsTable(p.Lines)) tablesLeftOut++;
            tablesParsed += full.Tables.Count;
        }
        Assert.True(tablesLeftOut > 500, $"only {tablesLeftOut} tables were left unparsed");
        Assert.True(tablesParsed > tablesLeftOut, "every table was left unparsed: the test cannot tell a parsed one from one left out");
    }

    [Fact]
    public void Task_list_notes_index_the_same_as_their_full_parse()
    {
        // Boxes Markdig takes and boxes it does not, first in the item or later, with cards, clozes, questions, labels
        // and inline syntax after them, over one line or several, nested, under practice and key-point headings.
        var random = new Random(20261125);
        string[] boxes = ["[ ]", "[x]", "[X]", "[ ]", "[x]", "[\t]", "[y]", "[ x]", "[]", "[ ] ", ""];
        string[] words = ["read", "Why now?", "Q:: A", "==c==", "{{c1::k}}", "Key points:", "`x`", "**b**", "[l](u)", "[ ]", "[x]", "é", "🧠", "-", "Score: 80%", "a\\", "&amp;", "?"];
        string[] headings = ["# Topic", "## Practice", "## Key points", "### Cards {#c}"];
        string[] markers = ["- ", "* ", "1. ", "  - ", "- ", "> - "];
        int plainTasks = 0, tasks = 0;
        for (int note = 0; note < 2000; note++)
        {
            var sb = new StringBuilder();
            for (int block = random.Next(1, 6); block > 0; block--)
            {
                if (random.Next(3) == 0) sb.Append(headings[random.Next(headings.Length)]).Append("\n\n");
                for (int item = random.Next(1, 5); item > 0; item--)
                {
                    string marker = markers[random.Next(markers.Length)];
                    sb.Append(marker).Append(boxes[random.Next(boxes.Length)]).Append(random.Next(4) == 0 ? "" : " ");
                    for (int w = random.Next(0, 4); w > 0; w--) sb.Append(random.Next(3) == 0 ? words[random.Next(words.Length)] : "plain words").Append(' ');
                    if (random.Next(4) == 0) sb.Append('\n').Append(new string(' ', marker.Length)).Append(random.Next(2) == 0 ? "more words" : words[random.Next(words.Length)]);
                    if (random.Next(6) == 0) sb.Append('\n').Append(new string(' ', marker.Length)).Append("?\n").Append(new string(' ', marker.Length)).Append("an answer");
                    sb.Append(random.Next(5) == 0 ? "\r\n" : "\n");
                }
                sb.Append('\n');
            }
            string text = sb.ToString();

            var full = NoteParser.Parse("n.md", text);
            var forIndex = NoteParser.ParseForIndex("n.md", text);
            Assert.True(Kept(full) == Kept(forIndex), $"the index parse differs from the full parse of:\n{text}");
            Assert.Equal(full.Tasks.Select(t => (t.Text, t.Checked, t.TopicId, t.Range, t.CheckboxRange)),
                forIndex.Tasks.Select(t => (t.Text, t.Checked, t.TopicId, t.Range, t.CheckboxRange)));

            foreach (var p in Markdown.Parse(text, SkippingTables).Descendants<ParagraphBlock>())
                if (p.Inline is null && PlainParagraphs.TaskBox(p) > 0) plainTasks++;
            tasks += full.Tasks.Count;
        }
        Assert.True(plainTasks > 1000, $"only {plainTasks} task items were left unparsed");
        Assert.True(tasks > plainTasks, "every task item was left unparsed: the test cannot tell a parsed one from one left out");
    }

    [Theory]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n", true)]
    [InlineData("|x|y|\n|:-|-:|\n", true)]
    [InlineData("| h |\n| --- | --- |\n| q:: a | z |\n", true)]
    [InlineData("| a | b |\n|---|---|\nplain:: after\n", false)] // a line without a pipe: Markdig makes no table
    [InlineData("|---|---|\n| only:: delim |\n", false)] // no header: not a table
    [InlineData("| a | b\n| q:: c |\n", false)] // no delimiter row
    [InlineData("| [a |\n|---|\n| b](u) |\n", false)] // link text over the rows: Markdig makes no table
    [InlineData("| <a title=\"x |\n|---|\n| y\"> |\n", false)] // so does inline HTML
    [InlineData("| a \\| b |\n|---|\n", false)] // escapes: parsed, to be safe
    public void A_paragraph_is_left_out_as_a_table_only_when_it_certainly_is_one(string markdown, bool leftOut)
    {
        var paragraph = Markdown.Parse("# T\n\n" + markdown, SkippingTables).Descendants<ParagraphBlock>().Single();
        Assert.Equal(leftOut, paragraph.Inline is null);
        Assert.Equal(leftOut, PlainParagraphs.IsTable(paragraph.Lines));
    }

    [Fact]
    public void The_index_parse_keeps_what_the_index_needs_and_drops_tables_and_scores()
    {
        const string note = "# Plan\n\n| Day | Score |\n|---|---|\n| 1 | 80% |\n\n- [x] done\n- [ ] todo\n\nQ:: A\n\nScore: 85%\n";
        var full = Text(note);
        var forIndex = NoteParser.ParseForIndex("notes/t.md", note);
        Assert.Single(full.Tables);
        Assert.Single(full.Scores);
        Assert.Empty(forIndex.Tables);
        Assert.Empty(forIndex.Scores);
        Assert.Equal(new NoteCounts(1, 1, 0, 2, 1), IndexedNote.From(forIndex).Counts);
        Assert.Equal(Kept(full), Kept(forIndex));
    }
}
