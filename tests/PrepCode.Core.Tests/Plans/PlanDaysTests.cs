using PrepCode.Core.Checks;
using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;
using PrepCode.Core.Plans;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Tests.Checks;
using PrepCode.Core.Tests.Curricula;

namespace PrepCode.Core.Tests.Plans;

/// <summary>The plan's current day (seed 000's "Day N" and dated labels, CRLF) and the topics its open tasks plan.</summary>
public sealed class PlanDaysTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);
    private const string Clt = "quick-reference/statistics.md#statistics-quick-reference/central-limit-theorem";
    private static readonly string PlanText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "plans", "study-plan-days-crlf.md"));

    private const string Statistics = """
        ---
        domain: ML Fundamentals
        ---
        # Statistics quick reference

        ## t-test vs z-test {#t-test}

        ### Key points
        - Use a t-test when the variance is estimated from a small sample

        ## Central limit theorem

        ### Key points
        - The mean of many independent draws is approximately normal
        """;

    private static IReadOnlyList<StudyItem> Items(string planPath = "study-plan.md", string planText = "")
    {
        var files = new InMemoryNoteFileSystem();
        files.Write("notes/dl.md", StudyFixture.DeepLearning.Replace("\r\n", "\n", StringComparison.Ordinal));
        files.Write("quick-reference/statistics.md", Statistics.Replace("\r\n", "\n", StringComparison.Ordinal));
        files.Write(planPath, planText);
        var workspace = new NoteWorkspace(files);
        workspace.IndexAll();
        return [.. workspace.Snapshot.Items];
    }

    private static IReadOnlyList<string> Planned(DateOnly today, string text, string path = "study-plan.md") =>
        PlannedTopics.Today(text, NoteParser.Parse(path, text), Items(path, text), today);

    [Fact]
    public void Day_labels_are_found_with_their_numbers_and_dates_and_a_days_second_label_joins_it()
    {
        var lines = new TextLines(PlanText);
        var days = PlanDays.Find(lines, Sunday);
        Assert.Equal([(1, (DateOnly?)null), (7, Sunday), (1, new DateOnly(2026, 11, 23))], days.Select(d => (d.Number!.Value, d.Date)));
        Assert.Contains(days[0].Lines, l => lines[l].Contains("Layer norm flashcards", StringComparison.Ordinal)); // "Day 1 Key Learnings"
        Assert.Contains(days[1].Lines, l => lines[l].StartsWith("**Day 7 Results Summary**", StringComparison.Ordinal));
        Assert.DoesNotContain(days[1].Lines, l => lines[l].StartsWith("### Week 5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-22", "### Week 4 Day 7 (Sun, Nov 22)")]   // dated today
    [InlineData("2026-11-25", "**Day 1 - Coding Assessment")]     // no day dated today: the first unfinished day
    [InlineData("2026-11-23", "**Day 1 (Mon, Nov 23)")]
    public void The_current_day_is_the_day_dated_today_else_the_first_unfinished_day(string today, string label)
    {
        var lines = new TextLines(PlanText);
        var date = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var current = PlanDays.Current(lines, PlanDays.Find(lines, date), date);
        Assert.StartsWith(label, lines[current!.FirstLine], StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_dated_after_today_is_not_today_even_when_it_is_the_first_unfinished_one()
    {
        const string text = "## Mon, Nov 23\n\n- [ ] Adam optimizer\n";
        var lines = new TextLines(text);
        Assert.Null(PlanDays.Current(lines, PlanDays.Find(lines, Sunday), Sunday));
        Assert.Empty(Planned(Sunday, text));
    }

    [Fact]
    public void Todays_open_tasks_plan_the_topics_they_link_or_name_and_nothing_from_other_days_or_done_tasks()
    {
        // Link with an anchor → adam; a bare note path naming one of its topics → that topic only; "Attention recap"
        // is ticked; Layer norm is on Day 1 and t-test on tomorrow's day.
        Assert.Equal(["adam", Clt], Planned(Sunday, PlanText));
        Assert.Equal(["layer-norm"], Planned(new DateOnly(2026, 11, 25), PlanText));
        Assert.Equal(["t-test", "attention"], Planned(new DateOnly(2026, 11, 23), PlanText));
    }

    [Fact]
    public void Wiki_links_and_links_up_a_folder_resolve_and_a_link_to_a_note_naming_none_of_its_topics_plans_all_of_them()
    {
        const string text = "## Day 3 (22 Nov)\n\n- [ ] Re-read [[statistics]] 📚\n- [ ] [Attention, again](../notes/dl.md#attention)\n";
        Assert.Equal(["t-test", Clt, "attention"], Planned(Sunday, text, "plans/week.md"));
    }

    [Fact]
    public void A_check_composed_with_the_plans_topics_asks_about_them_first()
    {
        var items = Items("study-plan.md", PlanText);
        var planned = PlannedTopics.Today(PlanText, NoteParser.Parse("study-plan.md", PlanText), items, Sunday);
        var inputs = new CheckInputs(items, new Dictionary<string, ReviewState>(), new Dictionary<string, DateOnly>(), planned, Sunday);
        var check = new KnowledgeCheckComposer(new Random(7)).Compose(inputs, new CheckOptions(Count: 3, ReviewsOnly: false));
        Assert.Equal(["adam", Clt], check.Questions.Take(2).Select(q => q.ItemId));
    }
}
