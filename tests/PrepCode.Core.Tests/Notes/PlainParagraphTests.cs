using Markdig;
using Markdig.Syntax;
using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

/// <summary>Paragraphs without inline syntax are read from their source lines, and paragraphs with none of
/// <c>: = { ? | &amp; \</c> (outside list items) are not read at all; everything else is inline-parsed.</summary>
public class PlainParagraphTests
{
    private static readonly MarkdownPipeline InlineEverywhere = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePreciseSourceLocation().UsePipeTables().UseTaskLists().UseGenericAttributes().Build();

    private static readonly MarkdownPipeline Ours = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePreciseSourceLocation().UsePipeTables().UseTaskLists().UseGenericAttributes()
        .Use<PlainParagraphs>().Build();

    [Fact]
    public void Source_lines_read_as_markdig_would_read_them()
    {
        // Random notes of paragraphs, list items and quotes without inline syntax, with the whitespace Markdig trims
        // (indents, trailing spaces before soft and hard breaks, tabs it keeps) and the characters cards use.
        var random = new Random(20261122);
        string[] words = ["alpha", "Beta", "q?", "::", ":::", "==x==", "a=b", "Score:", "80%", "é", "日本", "🧠", "(x)", "1.", "-", "'q'", "\"a\"", "#5", "~", "^"];
        string[] gaps = [" ", "  ", "\t", " \t", "\t "];
        int compared = 0;
        for (int note = 0; note < 300; note++)
        {
            var sb = new System.Text.StringBuilder("# Topic\n\n");
            for (int block = random.Next(1, 6); block > 0; block--)
            {
                string prefix = random.Next(4) switch { 0 => "- ", 1 => "1. ", 2 => "> ", _ => new string(' ', random.Next(4)) };
                for (int line = random.Next(1, 4); line > 0; line--)
                {
                    sb.Append(line == 1 || random.Next(2) == 0 ? prefix : new string(' ', random.Next(6)));
                    for (int w = random.Next(1, 6); w > 0; w--)
                        sb.Append(words[random.Next(words.Length)]).Append(w > 1 ? gaps[random.Next(gaps.Length)] : "");
                    sb.Append(random.Next(3) switch { 0 => "  ", 1 => " \t", _ => "" }).Append(random.Next(4) == 0 ? "\r\n" : "\n");
                }
                sb.Append('\n');
            }
            string text = sb.ToString();
            var map = new LineMap(text);
            var expected = Markdown.Parse(text, InlineEverywhere).Descendants<ParagraphBlock>().ToList();
            var actual = Markdown.Parse(text, Ours).Descendants<ParagraphBlock>().ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                if (actual[i].Inline is not null) continue;
                if (!PlainParagraphs.MayHoldItems(actual[i])) continue;
                compared++;
                var want = InlineText.Lines(expected[i], map).Select(l => (l.Line, l.Plain, l.Masked));
                var got = InlineText.Lines(actual[i], map).Select(l => (l.Line, l.Plain, l.Masked));
                Assert.Equal(want, got);
            }
        }
        Assert.True(compared > 500, $"only {compared} paragraphs were read from their source lines");
    }

    [Fact]
    public void Heading_titles_read_as_markdig_would_read_them()
    {
        // ATX headings with closing sequences, tabs, indents and no-break spaces; setext headings over several lines.
        var random = new Random(20261124);
        string[] words = ["Adam", "q?", "::", "==x==", "a=b", "#", "##", "#x", "x#", "é", "日本", "🧠", "(x)", "1.", "-", "\u00a0", "~", "^", "%"];
        string[] gaps = [" ", "  ", "\t", " \t", "\u00a0"];
        int compared = 0;
        for (int note = 0; note < 300; note++)
        {
            var sb = new System.Text.StringBuilder();
            for (int block = random.Next(1, 6); block > 0; block--)
            {
                string Words()
                {
                    var w = new System.Text.StringBuilder();
                    for (int n = random.Next(0, 5); n > 0; n--) w.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
                    return w.ToString();
                }
                if (random.Next(3) > 0)
                    sb.Append(new string(' ', random.Next(4))).Append(new string('#', random.Next(1, 7))).Append(gaps[random.Next(gaps.Length)])
                        .Append(Words()).Append(random.Next(3) == 0 ? " " + new string('#', random.Next(1, 4)) + gaps[random.Next(gaps.Length)] : "");
                else
                {
                    for (int line = random.Next(1, 4); line > 0; line--) sb.Append(new string(' ', random.Next(4))).Append("x ").Append(Words()).Append('\n');
                    sb.Append(random.Next(2) == 0 ? "===" : "---");
                }
                sb.Append(random.Next(4) == 0 ? "\r\n\n" : "\n\n");
            }
            string text = sb.ToString();
            var expected = Markdown.Parse(text, InlineEverywhere).Descendants<HeadingBlock>().ToList();
            var actual = Markdown.Parse(text, Ours).Descendants<HeadingBlock>().ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                if (actual[i].Inline is not null) continue;
                compared++;
                Assert.True(InlineText.Flatten(expected[i].Inline) == PlainParagraphs.HeadingText(actual[i]),
                    $"heading {i} of:\n{text}\nexpected [{InlineText.Flatten(expected[i].Inline)}], read [{PlainParagraphs.HeadingText(actual[i])}]");
            }
        }
        Assert.True(compared > 500, $"only {compared} headings were read from their text");
    }

    [Fact]
    public void Paragraphs_with_inline_syntax_are_still_inline_parsed()
    {
        var doc = Text("# T\n\n- Why is `a::b` code?\n- **Bold** question:: answer\n- [x] done task\n- plain item?\n");
        Assert.Equal(["answer"], doc.Cards.Select(c => c.Answer));
        Assert.Equal("Bold question", doc.Cards.Single().Question);
        Assert.Equal(["done task"], doc.Tasks.Select(t => t.Text));
        Assert.Equal(["Why is a::b code?", "plain item?"], doc.PracticeQuestions.Select(p => p.Text));
    }

    [Fact]
    public void Cards_written_with_entities_or_escapes_are_still_found()
    {
        var doc = Text("# T\n\nPlain words first.\nCapital of France&#58;&#58; Paris\n\nCapital of Spain\\:\\: Madrid\n");
        Assert.Equal(["Capital of France", "Capital of Spain"], doc.Cards.Select(c => c.Question));
    }

    [Fact]
    public void Plain_paragraphs_between_items_change_nothing_around_them()
    {
        var doc = Text("# T\n\nJust prose here with no marks\nover two lines\n\n**Key learnings**:\n- first point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nScore: 80%\n");
        Assert.Equal(["first point"], doc.KeyPoints.Select(k => k.Text));
        Assert.Equal(["a", "b"], doc.Tables.Single().Header);
        Assert.Equal(80, doc.Scores.Single().Percent);
    }

    [Fact]
    public void The_first_paragraph_of_a_list_item_is_always_read()
    {
        var doc = Text("# Practice\n\n- Why plain words matter\n\n  more prose in the item\n");
        Assert.Equal(["Why plain words matter"], doc.PracticeQuestions.Select(p => p.Text));
    }
}
