using System.Security.Cryptography;
using System.Text;
using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

public class RobustnessTests
{
    [Fact]
    public void A_crlf_note_gives_the_same_items_and_positions_as_its_lf_twin()
    {
        var lf = Load("ml-week1.md");
        var crlf = Load("ml-week1-crlf.md");
        Assert.True(File.ReadAllText(PathOf("ml-week1-crlf.md")).Contains("\r\n", StringComparison.Ordinal));
        Assert.True(crlf.UsesCrlf);
        Assert.False(lf.UsesCrlf);
        Assert.Equal(lf.Topics.Select(t => (t.Id, t.HeadingRange, t.SectionRange, t.ContentHash)), crlf.Topics.Select(t => (t.Id, t.HeadingRange, t.SectionRange, t.ContentHash)));
        Assert.Equal(lf.Cards, crlf.Cards);
        Assert.Equal(lf.Tasks.Select(t => (t.Text, t.Range, t.CheckboxRange)), crlf.Tasks.Select(t => (t.Text, t.Range, t.CheckboxRange)));
        Assert.Equal(lf.Scores, crlf.Scores);
        Assert.Equal(lf.FrontMatter.Domain, crlf.FrontMatter.Domain);
        Assert.NotEqual(lf.ContentHash, crlf.ContentHash);
    }

    [Fact]
    public void Mixed_line_endings_count_lines_like_markdig()
    {
        var doc = Text("# A\r\n\nQ one:: a\r\r- [ ] task\n");
        Assert.Equal(2, doc.Cards.Single().Range.Start.Line);
        Assert.Equal(R(4, 2, 4, 5), doc.Tasks.Single().CheckboxRange);
        Assert.True(doc.UsesCrlf);
    }

    [Fact]
    public void A_bom_is_not_a_column_and_the_hash_is_of_the_raw_bytes()
    {
        byte[] body = Encoding.UTF8.GetBytes("- [ ] first\n");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. body];
        var doc = NoteParser.ParseBytes("b.md", bytes);
        Assert.Equal(R(0, 2, 0, 5), doc.Tasks.Single().CheckboxRange);
        Assert.Empty(doc.Diagnostics);
        Assert.Equal(Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes)), doc.ContentHash);
        Assert.Equal(R(0, 2, 0, 5), NoteParser.Parse("b.md", "\uFEFF- [ ] first\n").Tasks.Single().CheckboxRange);
    }

    [Fact]
    public void Parse_hashes_the_utf8_of_the_text()
    {
        const string text = "# Café ☕\n";
        Assert.Equal(Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(Encoding.UTF8.GetBytes(text))), NoteParser.Parse("c.md", text).ContentHash);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_its_line()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("# Notes\n\nGood question:: good answer\nBad "));
        bytes.AddRange([0xC3, 0x28, 0xFF]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" text:: still here\n"));
        var doc = NoteParser.ParseBytes("bad.md", bytes.ToArray());
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("encoding", d.Code);
        Assert.Equal("The note is not valid UTF-8 at line 4; it is shown with replacement characters.", d.Message);
        Assert.Equal(3, d.Range.Start.Line);
        Assert.Equal(2, doc.Cards.Count);
        Assert.Contains('\uFFFD', doc.Cards[1].Question);
    }

    [Fact]
    public void A_binary_file_named_md_gives_no_items_and_one_diagnostic()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("# Looks like\n\nQ q:: a\n"), 0, 1, 2, 0xFF, 0];
        var doc = NoteParser.ParseBytes("img.md", bytes);
        Assert.Equal("binary", Assert.Single(doc.Diagnostics).Code);
        Assert.Contains("looks like a binary file", doc.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(doc.Topics);
        Assert.Empty(doc.Cards);
        Assert.True(doc.IsExcluded);
    }

    [Fact]
    public void Columns_are_utf16_units_after_emoji_and_tabs()
    {
        var doc = Text("# 🚀 Go\n\n- 🎯🎯 x\t[not a box]\n\t- [x] tabbed task\n- 🔥 Which one? 🤔 :: this one\n");
        var card = doc.Cards.Single();
        Assert.Equal("🔥 Which one? 🤔", card.Question);
        Assert.Equal(R(4, 0, 4, 30), card.Range);
        Assert.Equal(R(0, 0, 0, 7), doc.Topics.Single().HeadingRange);
        Assert.Equal(R(3, 3, 3, 6), doc.Tasks.Single().CheckboxRange);
    }

    [Fact]
    public void A_line_of_100000_characters_is_parsed_and_items_after_it_are_kept()
    {
        var sb = new StringBuilder("# Long\n\n");
        for (int i = 0; sb.Length < 100_000; i++) sb.Append("std::vector ==x a::b {{c1::y ").Append(i).Append(' ');
        sb.Append("\n\nAfter the long line:: found\n- [ ] still a task\n");
        var doc = Text(sb.ToString());
        Assert.Equal("After the long line", doc.Cards[^1].Question);
        Assert.Equal(4, doc.Cards[^1].Range.Start.Line);
        Assert.Equal("still a task", doc.Tasks.Single().Text);
    }

    [Fact]
    public void A_20_MB_note_is_parsed_with_a_large_note_notice()
    {
        var sb = new StringBuilder(21 * 1024 * 1024);
        int sections = 0;
        while (sb.Length < 20 * 1024 * 1024)
        {
            sections++;
            sb.Append("## Day ").Append(sections).Append(" 🚀\n\n")
              .Append("What is item ").Append(sections).Append(":: answer ").Append(sections).Append("\n\n")
              .Append("- [x] Studied **topic** ").Append(sections).Append('\n')
              .Append("- Why does it work?\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n")
              .Append("Some prose with `code::span` and a [link](http://x/a::b) that goes on for a while to fill the note.\n\n");
        }
        var doc = Text(sb.ToString());
        Assert.Equal(sections, doc.Topics.Count);
        Assert.Equal(sections, doc.Cards.Count);
        Assert.Equal(sections, doc.Tasks.Count);
        Assert.Equal(sections, doc.Tables.Count);
        Assert.Equal("What is item " + sections, doc.Cards[^1].Question);
        Assert.Equal("large-note", Assert.Single(doc.Diagnostics).Code);
        Assert.Equal(DiagnosticSeverity.Information, doc.Diagnostics[0].Severity);
    }

    [Fact]
    public void Empty_and_whitespace_notes_parse_to_nothing()
    {
        Assert.Empty(Text("").Topics);
        Assert.Empty(NoteParser.ParseBytes("e.md", []).Cards);
        Assert.Empty(Text("   \n\n\t\n").Diagnostics);
        Assert.Equal("dir/sub/n.md", Text("", "dir\\sub\\n.md").Path);
    }
}
