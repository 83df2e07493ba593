using System.Text.Json;
using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

/// <summary>Common front matter is read without the YAML parser; it must give what the YAML parser gives.</summary>
public class SimpleFrontMatterTests
{
    private static string Read(string yaml, string newline)
    {
        var doc = Text(("---\n" + yaml + "\n---\n# Body\n").Replace("\n", newline, StringComparison.Ordinal));
        var fm = doc.FrontMatter;
        var extra = fm.Extra.Where(e => e.Key != "zz-yaml").OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        return JsonSerializer.Serialize(new { fm.Id, fm.Domain, fm.Weight, fm.Track, fm.Tags, fm.Prep, fm.PrepPlan, extra, doc.Diagnostics });
    }

    [Theory]
    [InlineData("domain: Deep Learning\ntrack: track-0\ntags: [gradient, prep]")]
    [InlineData("id: ml-week1\ndomain: ML Algorithms\nweight: 25%\ntags: [optimizers, regression]\nprep-plan: true\nowner: Sam")]
    [InlineData("tags: ml, stats ,  llm\nprep-plan: yes\nweight: 0.2")]
    [InlineData("domain: A\ndomain: B\nweight: abc\nprep: maybe")]
    [InlineData("# a comment\n\ndomain:\ntags: []\nprep: false")]
    [InlineData("domain: [a, b]\nweight: 12.5\nnotes: see (1) and 2/3")]
    [InlineData("tags: [  spaced item , x  ]\ntrack:   ml   \nprep-plan: no")]
    public void Simple_front_matter_reads_as_the_yaml_parser_reads_it(string yaml)
    {
        var note = "---\n" + yaml + "\n---\n";
        Assert.True(SimpleFrontMatter.TryRead(yaml, new FrontMatterBuilder(new LineMap(note), [])));
        Assert.False(SimpleFrontMatter.TryRead(yaml + "\nzz-yaml: 'q'", new FrontMatterBuilder(new LineMap(note), [])));
        foreach (var newline in new[] { "\n", "\r\n" })
        {
            // A quoted value sends the whole block to the YAML parser.
            Assert.Equal(Read(yaml + "\nzz-yaml: 'q'", newline), Read(yaml, newline));
        }
    }

    [Fact]
    public void Shapes_it_does_not_take_still_read_through_yaml()
    {
        var fm = Text("---\nid: \"quoted\"\ntags:\n  - a\n  - b\ndomain: NLP # comment\n---\n").FrontMatter;
        Assert.Equal("quoted", fm.Id);
        Assert.Equal(["a", "b"], fm.Tags);
        Assert.Equal("NLP", fm.Domain);
    }
}
