using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;
using PrepCode.Core.Plans;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Tests.Plans;

public sealed class ReadinessCoverageTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static StudyItem Item(string id, string domain) =>
        new(id, StudyItemKind.Topic, "n.md", "Topic " + id, null, null, SourceRange.Line(0, 0, 1), domain, null, [], [], id, id);

    [Fact]
    public void Readiness_is_the_weighted_mean_of_domain_means_with_never_learned_items_at_zero()
    {
        var items = new[] { Item("a", "Deep Learning"), Item("b", "Deep Learning"), Item("c", "NLP") };
        var states = new Dictionary<string, ReviewState>
        {
            ["a"] = ReviewState.New with { DueDate = Today.AddDays(3), IntervalDays = 6 },
            ["c"] = ReviewState.New with { DueDate = Today.AddDays(-6), IntervalDays = 6 },
        };
        var last = new Dictionary<string, LastGrade> { ["a"] = new(4, 90, Today), ["c"] = new(5, null, Today.AddDays(-12)) };
        var report = ReadinessCalculator.Compute(items, states, last, Today, DomainWeights.Defaults);
        Assert.Equal(45, report.Domains.Single(d => d.Domain == "Deep Learning").Percent);   // (90 + 0) / 2
        Assert.Equal(50, report.Domains.Single(d => d.Domain == "NLP").Percent);             // 100 × 0.5 (overdue by its interval)
        Assert.Equal(Math.Round((25 * 45 + 12 * 50) / 37.0, 1), report.OverallPercent);
    }

    [Fact]
    public void Quick_stats_labels_and_front_matter_override_the_default_weights()
    {
        var plan = NoteParser.Parse("p.md", "| Domain | Topics Covered |\n|---|---|\n| A. ML Fundamentals (30%) | 1 |\n");
        var note = NoteParser.Parse("n.md", "---\ndomain: NLP\nweight: 0.2\n---\n# x\n");
        var weights = DomainWeights.Defaults.WithQuickStats(plan).WithFrontMatter([note]);
        Assert.Equal(30, weights.Of("ml fundamentals"));
        Assert.Equal(20, weights.Of("NLP"));
        Assert.Equal(25, weights.Of("Deep Learning"));
    }

    [Fact]
    public void A_coverage_check_is_written_filled_in_and_read_back_with_baseline_and_gaps()
    {
        var items = new[] { Item("dl/a", "DL"), Item("dl/b", "DL"), Item("dl c", "DL"), Item("dl/d", "DL") };
        var text = CoverageCheck.Write("Deep Learning", items, Today);
        Assert.Contains("prep: false", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        string Mark(string line, int column) { var cells = line.Split('|'); cells[column] = " x "; return string.Join('|', cells); }
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("Topic dl/a", StringComparison.Ordinal)) lines[i] = Mark(lines[i], 2);
            if (lines[i].Contains("Topic dl/b", StringComparison.Ordinal)) lines[i] = Mark(lines[i], 3);
            if (lines[i].Contains("Topic dl c", StringComparison.Ordinal)) lines[i] = Mark(lines[i], 4);
        }
        var result = CoverageCheck.Read(string.Join('\n', lines));
        Assert.Equal((1, 1, 1, 1), (result.Know, result.Unsure, result.Dunno, result.Blank));
        Assert.Equal(37.5, result.BaselinePercent);
        Assert.Equal(25, result.KnowPercent);
        Assert.Equal(["dl c", "dl/b"], result.Gaps.Select(g => g.ItemId));
    }

    [Theory]
    [InlineData(79.9, null, true)]
    [InlineData(80.0, null, false)]
    [InlineData(null, 2, true)]
    [InlineData(95.0, 3, false)]
    public void Remedial_focus_is_needed_below_80_percent_or_a_self_rating_below_3(double? percent, int? rating, bool needed) =>
        Assert.Equal(needed, RemedialRule.Needs(percent, rating));

    [Fact]
    public void Overlapping_edits_are_refused_and_inserts_at_one_place_keep_their_order()
    {
        var text = "abc\r\ndef";
        Assert.Equal("aXYbc\r\ndEf", TextEdits.Apply(text, [
            new TextEdit(SourceRange.Line(0, 1, 1), "X"), new TextEdit(SourceRange.Line(0, 1, 1), "Y"), new TextEdit(SourceRange.Line(1, 1, 2), "E")]));
        Assert.Throws<ArgumentException>(() => TextEdits.Apply(text, [new TextEdit(SourceRange.Line(0, 0, 2), "x"), new TextEdit(SourceRange.Line(0, 1, 3), "y")]));
    }
}
