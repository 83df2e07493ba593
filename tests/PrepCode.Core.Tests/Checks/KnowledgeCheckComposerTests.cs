using PrepCode.Core.Checks;
using PrepCode.Core.Indexing;
using PrepCode.Core.Notes;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Tests.Checks;

public sealed class KnowledgeCheckComposerTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static StudyItem Item(string id, string? domain = "Deep Learning", string path = "notes/a.md", string? track = "ml",
        IReadOnlyList<string>? practice = null, StudyItemKind kind = StudyItemKind.Topic) =>
        new(id, kind, path, "Title " + id, null, null, SourceRange.Line(0, 0, 1), domain, track, ["key point of " + id],
            practice ?? [], "t:" + id, "c:" + id);

    private static ReviewState DueOn(DateOnly day, double ease = 2.5) => ReviewState.New with { DueDate = day, EaseFactor = ease, IntervalDays = 1, LastReviewed = day.AddDays(-1) };

    private static KnowledgeCheck Compose(IReadOnlyList<StudyItem> items, Dictionary<string, ReviewState> states,
        CheckOptions? options = null, Dictionary<string, DateOnly>? first = null, string[]? planned = null, int seed = 7) =>
        new KnowledgeCheckComposer(new Random(seed)).Compose(
            new CheckInputs(items, states, first ?? [], planned ?? [], Today), options ?? new CheckOptions());

    [Fact]
    public void Ten_questions_are_seven_new_and_three_reviews()
    {
        var items = Enumerable.Range(1, 20).Select(i => Item("i" + i)).ToList();
        var states = items.Skip(10).ToDictionary(i => i.Id, i => DueOn(Today.AddDays(-int.Parse(i.Id[1..]))));
        var check = Compose(items, states);
        Assert.Equal(10, check.Questions.Count);
        Assert.Equal(7, check.Questions.Count(q => q.Kind == CheckQuestionKind.New));
        Assert.Equal(3, check.Questions.Count(q => q.Kind == CheckQuestionKind.Review));
        Assert.Equal(Enumerable.Range(1, 10), check.Questions.Select(q => q.Number));
        Assert.Equal("2026-11-22#1", check.Id);
    }

    [Fact]
    public void Reviews_come_most_overdue_first_then_lowest_ease()
    {
        var items = new[] { Item("a"), Item("b"), Item("c"), Item("d") };
        var states = new Dictionary<string, ReviewState>
        {
            ["a"] = DueOn(Today.AddDays(-1)), ["b"] = DueOn(Today.AddDays(-5)), ["c"] = DueOn(Today.AddDays(-1), 1.3), ["d"] = DueOn(Today),
        };
        var check = Compose(items, states, new CheckOptions(Count: 4, ReviewsOnly: true));
        Assert.Equal(["b", "c", "a", "d"], check.Questions.Select(q => q.ItemId));
    }

    [Fact]
    public void New_content_is_planned_topics_then_recently_learned_newest_first_then_never_learned()
    {
        var items = new[] { Item("never1"), Item("old"), Item("recent2"), Item("recent0"), Item("planned"), Item("never2") };
        var notDue = ReviewState.New with { DueDate = Today.AddDays(5), IntervalDays = 6 };
        var states = new Dictionary<string, ReviewState> { ["old"] = notDue, ["recent2"] = notDue, ["recent0"] = notDue };
        var first = new Dictionary<string, DateOnly> { ["old"] = Today.AddDays(-30), ["recent2"] = Today.AddDays(-2), ["recent0"] = Today };
        var check = Compose(items, states, new CheckOptions(Count: 10), first, ["planned"]);
        Assert.Equal(["planned", "recent0", "recent2", "never1", "never2"], check.Questions.Select(q => q.ItemId));
        Assert.All(check.Questions, q => Assert.Equal(CheckQuestionKind.New, q.Kind));
    }

    [Fact]
    public void A_short_review_side_is_filled_with_new_content_and_the_other_way_round()
    {
        var items = Enumerable.Range(1, 12).Select(i => Item("i" + i)).ToList();
        var oneDue = new Dictionary<string, ReviewState> { ["i1"] = DueOn(Today) };
        var check = Compose(items, oneDue);
        Assert.Equal(10, check.Questions.Count);
        Assert.Equal(1, check.Questions.Count(q => q.Kind == CheckQuestionKind.Review));

        var allDue = items.ToDictionary(i => i.Id, _ => DueOn(Today));
        allDue.Remove("i12");
        var mostlyDue = Compose(items, allDue);
        Assert.Equal(10, mostlyDue.Questions.Count);
        Assert.Equal(1, mostlyDue.Questions.Count(q => q.Kind == CheckQuestionKind.New));
    }

    [Fact]
    public void Reviews_only_never_fills_with_new_content()
    {
        var items = Enumerable.Range(1, 12).Select(i => Item("i" + i)).ToList();
        var check = Compose(items, new Dictionary<string, ReviewState> { ["i3"] = DueOn(Today) }, new CheckOptions(ReviewsOnly: true));
        Assert.Equal(["i3"], check.Questions.Select(q => q.ItemId));
    }

    [Fact]
    public void Scopes_select_a_note_a_track_or_a_domain()
    {
        var items = new[] { Item("a", path: "notes/x.md"), Item("b", domain: "NLP", track: "nlp"), Item("c", domain: "nlp") };
        Assert.Equal(["a"], Compose(items, [], new CheckOptions(Scope: CheckScope.Note("notes/x.md"))).Questions.Select(q => q.ItemId));
        Assert.Equal(["b"], Compose(items, [], new CheckOptions(Scope: CheckScope.Track("NLP"))).Questions.Select(q => q.ItemId));
        Assert.Equal(["b", "c"], Compose(items, [], new CheckOptions(Scope: CheckScope.Domain("NLP"))).Questions.Select(q => q.ItemId));
    }

    [Fact]
    public void The_same_inputs_and_seed_give_the_same_check_and_ties_are_broken_by_the_injected_random()
    {
        var items = Enumerable.Range(1, 8).Select(i => Item("i" + i, practice: ["Q1 " + i + "?", "Q2 " + i + "?", "Q3 " + i + "?"])).ToList();
        var states = items.ToDictionary(i => i.Id, _ => DueOn(Today));
        var a = Compose(items, states, new CheckOptions(Count: 3, ReviewsOnly: true), seed: 1);
        var b = Compose(items, states, new CheckOptions(Count: 3, ReviewsOnly: true), seed: 1);
        Assert.Equal(a.Questions, b.Questions, (x, y) => x.ItemId == y.ItemId && x.Prompt == y.Prompt);
        var orders = Enumerable.Range(0, 10).Select(s => string.Join(",", Compose(items, states, new CheckOptions(Count: 3, ReviewsOnly: true), seed: s).Questions.Select(q => q.ItemId)));
        Assert.True(orders.Distinct().Count() > 1);
    }

    [Fact]
    public void Questions_come_from_practice_questions_cards_or_explain_the_topic()
    {
        var practice = Item("p", practice: ["Why does Adam need bias correction?"]);
        var topic = Item("t");
        var card = Item("c", kind: StudyItemKind.Card) with { Title = "What is Q?", KeyPoints = ["the query projection"] };
        var check = Compose([practice, topic, card], [], new CheckOptions(Count: 3));
        Assert.Equal("Why does Adam need bias correction?", check.Questions[0].Prompt);
        Assert.Equal(["key point of p"], check.Questions[0].ExpectedPoints);
        Assert.Equal("Explain Title t: what are its key points?", check.Questions[1].Prompt);
        Assert.Equal("What is Q?", check.Questions[2].Prompt);
        Assert.Equal(["the query projection"], check.Questions[2].ExpectedPoints);
    }
}
