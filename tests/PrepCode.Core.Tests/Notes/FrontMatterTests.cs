using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

public class FrontMatterTests
{
    [Fact]
    public void Front_matter_fields_are_read_and_unknown_keys_go_to_extra()
    {
        var doc = Load("ml-week1.md");
        var fm = doc.FrontMatter;
        Assert.Equal("ml-week1", fm.Id);
        Assert.Equal("ml-week1", doc.Key);
        Assert.Equal("ML Algorithms", fm.Domain);
        Assert.Equal(25, fm.Weight);
        Assert.Equal("ml", fm.Track);
        Assert.Equal(["optimizers", "regression"], fm.Tags);
        Assert.True(fm.PrepPlan);
        Assert.True(fm.Prep);
        Assert.Equal("Sam", fm.Extra["owner"]);
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Without_an_id_the_key_is_the_path()
    {
        var doc = Text("# T\n", "ml/week 1.md");
        Assert.Equal("ml/week 1.md", doc.Key);
    }

    [Fact]
    public void Prep_false_excludes_the_note_but_it_is_still_parsed()
    {
        var doc = Load("excluded.md");
        Assert.True(doc.IsExcluded);
        Assert.Equal(["drafts", "scratch"], doc.FrontMatter.Tags);
        Assert.Equal("Draft question", doc.Cards.Single().Question);
    }

    [Fact]
    public void Duplicate_keys_and_wrong_types_give_diagnostics_and_the_rest_is_parsed()
    {
        var doc = Load("broken-front-matter.md");
        Assert.Equal("Statistics", doc.FrontMatter.Domain);
        Assert.Null(doc.FrontMatter.Weight);
        Assert.True(doc.FrontMatter.Prep);
        Assert.Equal("broken", doc.Key);
        Assert.Equal(
            ["Front matter line 4: duplicate key 'domain'; the first value is used.",
             "Front matter line 5: 'weight' should be a number such as 25 or 25%, not 'abc'; it is ignored.",
             "Front matter line 6: 'prep' should be true or false, not 'maybe'; the note is included."],
            doc.Diagnostics.Select(d => d.Message));
        Assert.All(doc.Diagnostics, d => Assert.Equal("front-matter", d.Code));
        Assert.Equal([3, 4, 5], doc.Diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal("Mean of a sample", doc.Cards.Single().Question);
        Assert.Equal("broken#statistics", doc.Topics.Single().Id);
    }

    [Fact]
    public void Malformed_yaml_gives_a_diagnostic_and_the_body_is_parsed()
    {
        var doc = Load("malformed-yaml.md");
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("front-matter", d.Code);
        Assert.Contains("malformed", d.Message, StringComparison.Ordinal);
        Assert.Equal("Question here", doc.Cards.Single().Question);
        Assert.Equal("Still parsed", doc.Topics.Single().Title);
    }

    [Fact]
    public void An_unterminated_front_matter_gives_a_diagnostic_and_the_note_is_read_as_markdown()
    {
        var doc = Load("unterminated-front-matter.md");
        Assert.Equal("front-matter", Assert.Single(doc.Diagnostics).Code);
        Assert.Null(doc.FrontMatter.Domain);
        Assert.Equal("Heading after unterminated front matter", doc.Topics.Single().Title);
        Assert.Equal("Key term", doc.Cards.Single().Question);
    }

    [Theory]
    [InlineData("---\n---\n# Body\n", "empty")]
    [InlineData("---\n- a\n- b\n---\n# Body\n", "not a list of 'key: value' fields")]
    [InlineData("---\njust text\n---\n# Body\n", "not a list of 'key: value' fields")]
    [InlineData("---\ntags: [a, b\n---\n# Body\n", "malformed")]
    [InlineData("---\ndomain: [a, b]\n---\n# Body\n", "'domain' should be a single value")]
    public void Broken_front_matter_shapes_give_a_diagnostic_and_keep_the_body(string text, string words)
    {
        var doc = Text(text);
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("front-matter", d.Code);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
        Assert.Equal("Body", doc.Topics.Single().Title);
        Assert.Null(doc.FrontMatter.Domain);
    }

    [Theory]
    [InlineData("weight: 12.5", 12.5)]
    [InlineData("weight: 25%", 25.0)]
    [InlineData("weight: \"40 %\"", 40.0)]
    public void Weight_accepts_numbers_and_percentages(string line, double weight)
    {
        Assert.Equal(weight, Text("---\n" + line + "\n---\n").FrontMatter.Weight);
    }

    [Fact]
    public void Tags_may_be_a_comma_separated_string_and_prep_plan_a_yes()
    {
        var fm = Text("---\ntags: ml, stats ,  llm\nprep-plan: yes\nid: \"custom\"\n---\n").FrontMatter;
        Assert.Equal(["ml", "stats", "llm"], fm.Tags);
        Assert.True(fm.PrepPlan);
        Assert.Equal("custom", fm.Id);
    }
}
