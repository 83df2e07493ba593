using PrepCode.Core.Curricula;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Curricula;

public class CurriculumLoaderTests
{
    private static readonly string DemoSwe = Path.Combine(RepositoryPaths.CurriculumFixtures, "good", "shipped", "demo-swe", "curriculum.yaml");

    [Fact]
    public void A_good_curriculum_loads_with_its_days_topics_and_practice()
    {
        var result = new CurriculumLoader().LoadFile(DemoSwe, isShipped: true);

        Assert.Empty(result.Diagnostics);
        var track = Assert.IsType<Curriculum>(result.Curriculum);
        Assert.Equal("demo-swe", track.Id);
        Assert.Equal("Demo SWE", track.Title);
        Assert.Equal(TrackGroup.SWE, track.Group);
        Assert.True(track.IsShipped);
        Assert.Equal([1, 2], track.Days.Select(d => d.Number));
        var window = track.Days[0].Topics.Single();
        Assert.Equal("demo-sliding-window", window.Id);
        Assert.Equal("Coding Patterns", window.Domain);
        Assert.Equal(1, window.Day);
        Assert.Equal("demo-swe", window.TrackId);
        Assert.Equal(4, window.KeyPoints.Count);
        Assert.Equal("Keep window state (sums, counts): update it in O(1) per move.", window.KeyPoints[3]);
        Assert.Equal([PracticeType.Coding, PracticeType.Concept, PracticeType.Tradeoff, PracticeType.Scenario], window.Practice.Select(p => p.Type));
        Assert.Null(window.Practice[3].Answer);
        Assert.True(File.Exists(window.NotesPath));
        Assert.Null(track.Days[1].Topics.Single().NotesPath);
    }

    [Fact]
    public void Malformed_yaml_is_one_error_with_its_line_and_nothing_is_loaded()
    {
        var result = Parse("""
            id: t
            title: T
            days:
              - day: 1
                title: "unclosed
            group: SWE
            """);

        Assert.Null(result.Curriculum);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.StartsWith("the YAML is malformed", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 5, 7);
    }

    [Fact]
    public void A_duplicate_key_is_reported_on_its_line()
    {
        var result = Parse(Valid.Replace("title: Track\n", "title: Track\ntitle: Again\n", StringComparison.Ordinal));

        Assert.Null(result.Curriculum);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(3, error.Line);
        Assert.Contains("uplicate key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_day_is_reported_on_the_line_of_the_day_after_the_gap()
    {
        var result = Parse(Valid.Replace("- day: 2", "- day: 3", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("day 2 is missing; days must run 1..N without gaps", error.Message);
        Assert.Equal(LineOf(Valid, "- day: 2"), error.Line);
        Assert.Null(result.Curriculum);
    }

    [Fact]
    public void A_repeated_day_is_an_error_on_the_second_occurrence()
    {
        var result = Parse(Valid.Replace("- day: 2", "- day: 1", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("appears twice", StringComparison.Ordinal));
        Assert.Equal(LineOf(Valid, "- day: 2"), error.Line);
        Assert.Null(result.Curriculum);
    }

    [Fact]
    public void An_unknown_practice_type_is_an_error_on_its_line()
    {
        var result = Parse(Valid.Replace("type: estimation", "type: quiz", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("practice type 'quiz' of topic 't-two' is not one of concept, tradeoff, derivation, estimation, scenario, coding", error.Message);
        Assert.Equal(LineOf(Valid, "type: estimation"), error.Line);
        Assert.Null(result.Curriculum);
    }

    [Fact]
    public void A_topic_id_used_twice_in_one_file_is_an_error_on_the_second()
    {
        var result = Parse(Valid.Replace("id: t-two", "id: t-one", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"topic id 't-one' is used twice (first on line {LineOf(Valid, "id: t-one")}); topic ids must be unique", error.Message);
        Assert.Equal(LineOf(Valid, "id: t-two"), error.Line);
    }

    [Fact]
    public void A_missing_field_is_reported_on_the_line_of_its_mapping()
    {
        var result = Parse(Valid.Replace("        domain: System Design\n", "", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("topic 't-two' is missing 'domain'", error.Message);
        Assert.Equal(LineOf(Valid, "id: t-two"), error.Line);
    }

    [Fact]
    public void A_wrong_type_is_reported_on_its_line()
    {
        var result = Parse(Valid.Replace("- day: 2", "- day: two", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("'day' of a day must be a whole number, but it is 'two'", error.Message);
        Assert.Equal(LineOf(Valid, "- day: 2"), error.Line);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void A_list_where_text_belongs_is_an_error()
    {
        var result = Parse(Valid.Replace("title: Track", "title: [a, b]", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("'title' of the track must be text, but it is a list", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void An_unknown_group_and_a_bad_id_are_both_reported()
    {
        var result = Parse(Valid.Replace("group: SWE", "group: Design", StringComparison.Ordinal).Replace("id: t-one", "id: T One", StringComparison.Ordinal));

        Assert.Equal(2, result.Diagnostics.Count(d => d.IsError));
        Assert.Contains(result.Diagnostics, d => d.Message == "group 'Design' is not known; use ML or SWE" && d.Line == 3);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("id 'T One' of a topic of day 1 must be kebab-case", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_few_key_points_is_a_warning_and_the_track_still_loads()
    {
        var result = Parse(Valid.Replace("          - k4\n", "", StringComparison.Ordinal));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("topic 't-one' has 3 key points; at least 4 are needed", warning.Message);
        Assert.NotNull(result.Curriculum);
    }

    [Fact]
    public void A_missing_notes_file_is_a_warning_on_its_line()
    {
        var text = Valid.Replace("        domain: Coding Patterns\n", "        domain: Coding Patterns\n        notes: notes/nowhere.md\n", StringComparison.Ordinal);
        var result = Parse(text);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("notes file 'notes/nowhere.md' of topic 't-one' does not exist", warning.Message);
        Assert.Equal(LineOf(text, "notes: notes/nowhere.md"), warning.Line);
        Assert.NotNull(result.Curriculum);
    }

    [Fact]
    public void A_notes_path_leaving_the_track_folder_is_an_error()
    {
        var result = Parse(Valid.Replace("        domain: Coding Patterns\n", "        domain: Coding Patterns\n        notes: ../../secrets.md\n", StringComparison.Ordinal));

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("must be relative to the track folder", StringComparison.Ordinal));
        Assert.Null(result.Curriculum);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_that_suggests_the_right_one()
    {
        var result = Parse(Valid.Replace("key_points:\n          - k1", "keyPoints: []\n        key_points:\n          - k1", StringComparison.Ordinal));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("unknown key 'keyPoints' in topic 't-one' is ignored; did you mean 'key_points'?", warning.Message);
        Assert.NotNull(result.Curriculum);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_not_only_the_first()
    {
        var text = Valid.Replace("group: SWE", "group: X", StringComparison.Ordinal)
            .Replace("- day: 2", "- day: 4", StringComparison.Ordinal)
            .Replace("type: estimation", "type: quiz", StringComparison.Ordinal);
        var result = Parse(text);

        Assert.Equal(4, result.Diagnostics.Count(d => d.IsError)); // group, day 2 missing, day 3 missing, practice type
        Assert.Null(result.Curriculum);
    }

    [Fact]
    public void An_empty_value_is_reported_on_its_key()
    {
        var result = Parse(Valid.Replace("title: Topic two", "title:", StringComparison.Ordinal));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("'title' of topic 't-two' is empty", error.Message);
        Assert.Equal(LineOf(Valid, "title: Topic two"), error.Line);
    }

    [Fact]
    public void Crlf_line_endings_load_the_same_and_keep_line_numbers()
    {
        var text = Valid.ReplaceLineEndings("\r\n").Replace("type: estimation", "type: quiz", StringComparison.Ordinal);
        var good = new CurriculumLoader(_ => false).Parse("/ws/curricula/t/curriculum.yaml", Valid.ReplaceLineEndings("\r\n"), isShipped: false);
        var bad = new CurriculumLoader(_ => false).Parse("/ws/curricula/t/curriculum.yaml", text, isShipped: false);

        Assert.Empty(good.Diagnostics);
        Assert.Equal("Topic two", good.Curriculum!.Days[1].Topics[0].Title);
        Assert.Equal(LineOf(Valid, "type: estimation"), Assert.Single(bad.Diagnostics).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("- just\n- a list\n")]
    [InlineData("plain text")]
    public void Something_that_is_not_a_curriculum_is_an_error_and_never_an_exception(string text)
    {
        var result = Parse(text);

        Assert.Null(result.Curriculum);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Line >= 1);
    }

    [Fact]
    public void An_unreadable_file_is_a_diagnostic()
    {
        var result = new CurriculumLoader().LoadFile("/no/such/folder/curriculum.yaml", isShipped: false);

        Assert.Null(result.Curriculum);
        Assert.Contains("could not be read", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    private static CurriculumLoadResult Parse(string text) =>
        new CurriculumLoader(_ => false).Parse("/ws/curricula/t/curriculum.yaml", text.ReplaceLineEndings("\n"), isShipped: false);

    private static int LineOf(string text, string fragment) =>
        text.ReplaceLineEndings("\n").Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment, StringComparison.Ordinal)).i + 1;

    private const string Valid = """
        id: t
        title: Track
        group: SWE
        description: A valid two-day track; tests break one thing at a time.
        days:
          - day: 1
            title: One
            topics:
              - id: t-one
                title: Topic one
                domain: Coding Patterns
                key_points:
                  - k1
                  - k2
                  - k3
                  - k4
                practice:
                  - { type: concept, question: q1 }
                  - { type: tradeoff, question: q2 }
                  - { type: coding, question: q3 }
                  - { type: scenario, question: q4, answer: a4 }
          - day: 2
            title: Two
            topics:
              - id: t-two
                title: Topic two
                domain: System Design
                key_points: [k1, k2, k3, k4]
                practice:
                  - type: estimation
                    question: q1
                  - { type: concept, question: q2 }
                  - { type: derivation, question: q3 }
                  - { type: scenario, question: q4 }

        """;
}
