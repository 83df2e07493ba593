using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

public class TopicTests
{
    [Fact]
    public void Every_atx_and_setext_heading_is_a_topic_with_its_level()
    {
        var topics = Load("ml-week1.md").Topics;
        Assert.Equal(
            ["ML Engineer Interview Prep - Week 1 🚀", "Phase 1: Foundations Refresh ✅", "Day 1 - Coding Assessment", "Adam optimizer",
             "Knowledge Check 🧠", "📊 Quick Stats", "Key takeaways", "Setext heading"],
            topics.Select(t => t.Title));
        Assert.Equal([1, 2, 3, 3, 4, 2, 2, 2], topics.Select(t => t.Level));
    }

    [Fact]
    public void Topic_ids_are_the_key_and_the_slug_path_of_the_headings()
    {
        var t = Load("ml-week1.md").Topics[2];
        Assert.Equal("ml-week1#ml-engineer-interview-prep-week-1/phase-1-foundations-refresh/day-1-coding-assessment", t.Id);
        Assert.Equal("ml-week1#ml-engineer-interview-prep-week-1/phase-1-foundations-refresh", t.ParentId);
        Assert.Equal(["ML Engineer Interview Prep - Week 1 🚀", "Phase 1: Foundations Refresh ✅", "Day 1 - Coding Assessment"], t.HeadingPath);
    }

    [Fact]
    public void An_explicit_attribute_id_is_the_topic_id_and_is_not_in_the_title()
    {
        var topics = Load("ml-week1.md").Topics;
        var adam = topics.Single(t => t.Id == "adam");
        Assert.Equal("Adam optimizer", adam.Title);
        Assert.Equal(R(28, 0, 28, 19), adam.HeadingRange);
        Assert.Equal("adam", topics.Single(t => t.Title.StartsWith("Knowledge", StringComparison.Ordinal)).ParentId);
    }

    [Fact]
    public void Section_range_runs_to_the_next_heading_of_the_same_or_higher_level()
    {
        var topics = Load("ml-week1.md").Topics;
        Assert.Equal(R(28, 0, 47, 0), topics.Single(t => t.Id == "adam").SectionRange);
        Assert.Equal(R(15, 0, 28, 0), topics[2].SectionRange);
        Assert.Equal(R(9, 0, 67, 0), topics[0].SectionRange);
    }

    [Fact]
    public void A_setext_heading_range_covers_both_lines()
    {
        var setext = Load("ml-week1.md").Topics[^1];
        Assert.Equal(R(62, 0, 63, 14), setext.HeadingRange);
        Assert.Equal(2, setext.Level);
    }

    [Fact]
    public void Inline_markup_is_flattened_in_titles_and_slugs_drop_emoji()
    {
        var t = Text("# 🎯 **Bold** and `code` [link](http://x) ✅\n").Topics.Single();
        Assert.Equal("🎯 Bold and code link ✅", t.Title);
        Assert.Equal("notes/t.md#bold-and-code-link", t.Id);
    }

    [Theory]
    [InlineData("Adam optimizer", "adam-optimizer")]
    [InlineData("C++ & Rust: basics!", "c-rust-basics")]
    [InlineData("Über Straße 2", "über-straße-2")]
    [InlineData("🚀🎉", "section")]
    [InlineData("Week 1 🚀 Kickstart", "week-1-kickstart")]
    public void Slugs_are_lower_case_words_joined_by_dashes(string title, string slug)
    {
        Assert.Equal(slug, Slug.From(title));
    }

    [Fact]
    public void Duplicate_generated_ids_get_numbered_and_duplicate_explicit_ids_get_a_diagnostic()
    {
        var doc = Text("# A\n## Notes\n## Notes\n### Sub\n## X {#adam}\n## Y {#adam}\n");
        Assert.Equal(["notes/t.md#a", "notes/t.md#a/notes", "notes/t.md#a/notes-2", "notes/t.md#a/notes-2/sub", "adam", "adam-2"],
            doc.Topics.Select(t => t.Id));
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("duplicate-id", d.Code);
        Assert.Equal(5, d.Range.Start.Line);
    }

    [Fact]
    public void Content_hash_ignores_the_heading_text_whitespace_and_case()
    {
        var a = Text("# Old title\n\nSome   body text\nmore\n").Topics.Single();
        var b = Text("# New title\n\nsome body\ttext\n\nMORE\n").Topics.Single();
        var c = Text("# Old title\n\nOther body\n").Topics.Single();
        Assert.Equal(16, a.ContentHash.Length);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }
}

public class CardSectionTests
{
    [Fact]
    public void Cards_under_a_cards_heading_belong_to_the_topic_around_it_which_is_the_only_study_topic()
    {
        const string note = "# Attention {#attn}\n\nSome text.\n\n## Cards\n\nWhat scales the dot product?::1/sqrt(d_k)\n\n## 🃏 Flashcards\n\n- What does masking do?::Hides future tokens\n\n## Complexity\n\nCost of attention?::O(n^2 d)\n";
        var doc = NoteParser.Parse("n.md", note);
        Assert.Equal(["attn", "attn", "n.md#attention/complexity"], doc.Cards.Select(c => c.TopicId));

        var items = PrepCode.Core.Indexing.StudyItemExtractor.Extract(doc);
        var topics = items.Where(i => i.Kind == PrepCode.Core.Indexing.StudyItemKind.Topic).Select(i => i.Title);
        Assert.Equal(["Attention", "Complexity"], topics);                       // no topic titled "Cards" or "Flashcards"
    }
}
