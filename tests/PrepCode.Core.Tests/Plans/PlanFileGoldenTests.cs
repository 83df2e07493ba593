using PrepCode.Core.Notes;
using PrepCode.Core.Plans;
using PrepCode.Core.Tests.Curricula;

namespace PrepCode.Core.Tests.Plans;

/// <summary>Plan-file edits checked against golden files in tests/fixtures/plans (NAME.before.md → NAME.after.md).
/// Set PREPCODE_UPDATE_GOLDEN=1 to rewrite the .after files.</summary>
public sealed class PlanFileGoldenTests
{
    private static readonly DateOnly Day = new(2026, 11, 22);

    public static TheoryData<string> Cases => new()
    {
        "tracker", "sprint-crlf", "padded", "quickstats-crlf", "quickstats-padded", "quickstats-placeholder",
    };

    private static PlanUpdate UpdateFor(string name) => name switch
    {
        "tracker" => new PlanUpdate(Day, ["Bias-variance tradeoff", "Vanishing gradients"],
            new SessionEntry(Day, ["Bias-variance", "Vanishing gradients"], ["Knowledge check 92.0% (A-)"], ["L1 vs L2 geometry"]),
            [new DomainProgress("ML Fundamentals", 3, null, 60), new DomainProgress("Deep Learning", 8, null, 85)],
            OverallReadiness: 41.6, RemedialDomains: ["Classical ML"]),
        "sprint-crlf" => new PlanUpdate(Day, ["K-Means"],
            new SessionEntry(Day, ["K-Means", "Regression metrics"], ["K-Means matches sklearn"], ["PR-AUC baseline"]),
            [new DomainProgress("Classical ML", 4, null, 55)],
            OverallReadiness: 47, RemedialDomains: ["ML Fundamentals"]),
        // A check covered ML System Design and Coding Patterns, which have no row yet; NLP was not covered.
        "quickstats-crlf" => new PlanUpdate(Day, [], null,
            [
                new DomainProgress("ML Fundamentals", 3, null, 55),
                new DomainProgress("ML System Design", 2, null, 40, AddIfMissing: true, Weight: 18, TopicsInNotes: 8),
                new DomainProgress("Coding Patterns", 1, null, 10, AddIfMissing: true, TopicsInNotes: 20),
                new DomainProgress("NLP", 0, null, 0, Weight: 12, TopicsInNotes: 6),
            ]),
        "quickstats-padded" => new PlanUpdate(Day, [], null,
            [new DomainProgress("NLP", 1, null, 30, AddIfMissing: true, Weight: 12, TopicsInNotes: 6)]),
        "quickstats-placeholder" => new PlanUpdate(Day, [], null,
            [new DomainProgress("Deep Learning", 2, null, 90, AddIfMissing: true, Weight: 25, TopicsInNotes: 2)]),
        _ => new PlanUpdate(Day, ["SVD derivation"],
            new SessionEntry(Day, ["SVD derivation 🧮"], ["Whiteboard proof in 20 min"], ["Eigenvector intuition"]),
            [new DomainProgress("Deep Learning", 1, 10, 20)],
            RemedialDomains: ["Linear Algebra"]),
    };

    private static string Fixture(string file) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "plans", file);

    private static string Apply(string name, string text) =>
        TextEdits.Apply(text, PlanFileEditor.Edit(text, NoteParser.Parse(name + ".md", text), UpdateFor(name)).Edits);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_updates_produce_the_golden_after_file(string name)
    {
        var before = File.ReadAllText(Fixture(name + ".before.md"));
        var after = Apply(name, before);
        if (Environment.GetEnvironmentVariable("PREPCODE_UPDATE_GOLDEN") == "1") File.WriteAllText(Fixture(name + ".after.md"), after);
        Assert.Equal(File.ReadAllText(Fixture(name + ".after.md")), after);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Applying_the_same_update_twice_yields_no_edits_the_second_time(string name)
    {
        var once = Apply(name, File.ReadAllText(Fixture(name + ".before.md")));
        var result = PlanFileEditor.Edit(once, NoteParser.Parse(name + ".md", once), UpdateFor(name));
        Assert.Empty(result.Edits);
        Assert.Equal("The plan is up to date.", result.Summary);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_changed_lines_differ_and_line_breaks_are_kept(string name)
    {
        var before = File.ReadAllText(Fixture(name + ".before.md"));
        var after = Apply(name, before);
        var crlf = before.Contains("\r\n", StringComparison.Ordinal);
        Assert.Equal(crlf, after.Contains("\r\n", StringComparison.Ordinal));
        if (crlf) Assert.DoesNotContain("\n", after.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var a = before.Split('\n');
        var b = after.Split('\n').ToHashSet(StringComparer.Ordinal);
        Assert.True(a.Count(l => !b.Contains(l)) <= 12, "too many lines changed");
    }

    [Fact]
    public void A_checkbox_edit_covers_only_the_three_characters()
    {
        var text = "- [ ] Explain bias-variance tradeoff with examples\n";
        var edit = Assert.Single(PlanFileEditor.Edit(text, NoteParser.Parse("p.md", text), new PlanUpdate(Day, ["Bias-variance tradeoff"])).Edits);
        Assert.Equal(SourceRange.Line(0, 2, 5), edit.Range);
        Assert.Equal("[x]", edit.NewText);
    }
}
