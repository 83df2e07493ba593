using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

public class CardTests
{
    [Fact]
    public void A_double_colon_line_is_a_basic_card_with_its_topic_and_range()
    {
        var doc = Load("ml-week1.md");
        var card = doc.Cards.Single(c => c.Kind == CardKind.Basic);
        Assert.Equal("What does Adam add to momentum", card.Question);
        Assert.Equal("Per-parameter adaptive learning rates", card.Answer);
        Assert.Equal("adam", card.TopicId);
        Assert.Equal(R(30, 0, 30, 69), card.Range);
        Assert.StartsWith("ml-week1#card/", card.Id, StringComparison.Ordinal);
        Assert.Equal("ml-week1#card/".Length + 12, card.Id.Length);
    }

    [Fact]
    public void A_triple_colon_line_is_a_bidirectional_card()
    {
        var card = Load("ml-week1.md").Cards.Single(c => c.Kind == CardKind.Bidirectional);
        Assert.Equal("Bias correction", card.Question);
        Assert.Equal("Dividing the moments by (1 - beta^t) early in training", card.Answer);
    }

    [Fact]
    public void A_question_mark_line_makes_a_multi_line_card_from_the_paragraph()
    {
        var card = Load("ml-week1.md").Cards.Single(c => c.Kind == CardKind.MultiLine);
        Assert.Equal("What are the two moments\ntracked by Adam?", card.Question);
        Assert.Equal("The mean of gradients\nand the mean of squared gradients.", card.Answer);
        Assert.Equal(R(35, 0, 39, 34), card.Range);
    }

    [Fact]
    public void A_double_question_mark_line_makes_a_bidirectional_multi_line_card()
    {
        var card = Text("# T\n\nLeft side\n??\nRight side\n").Cards.Single();
        Assert.Equal(CardKind.MultiLineBidirectional, card.Kind);
        Assert.Equal("Left side", card.Question);
        Assert.Equal("Right side", card.Answer);
    }

    [Fact]
    public void Highlight_cloze_hides_the_text_in_the_question()
    {
        var card = Load("ml-week1.md").Cards.First(c => c.Kind == CardKind.Cloze);
        Assert.Equal("The [...] is an average of squared gradients.", card.Question);
        Assert.Equal("second moment", card.Answer);
        Assert.Equal(R(32, 0, 32, 57), card.Range);
    }

    [Fact]
    public void Brace_clozes_on_one_line_make_one_card_with_hints_and_joined_answers()
    {
        var card = Load("ml-week1.md").Cards.Where(c => c.Kind == CardKind.Cloze).ElementAt(1);
        Assert.Equal("[...] divides by the root of [what]", card.Question);
        Assert.Equal("RMSprop; squared gradients", card.Answer);
    }

    [Fact]
    public void Spaced_equals_signs_are_not_a_cloze()
    {
        Assert.Empty(Text("if a == b and c == d then\n\nx==y and z==w\n").Cards);
    }

    [Fact]
    public void A_card_inside_a_fenced_code_block_is_not_a_card_even_behind_a_four_backtick_fence()
    {
        var doc = Load("code-and-comments.md");
        Assert.DoesNotContain(doc.Cards, c => c.Question.Contains("fence", StringComparison.Ordinal) || c.Question == "q");
        Assert.DoesNotContain(doc.Cards, c => c.Question.Contains("What", StringComparison.Ordinal) && c.Answer.Contains("Not a card", StringComparison.Ordinal));
    }

    [Fact]
    public void Cards_in_indented_code_html_blocks_and_html_comments_are_ignored()
    {
        var questions = Load("code-and-comments.md").Cards.Select(c => c.Question).ToList();
        Assert.DoesNotContain(questions, q => q.Contains("indented", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Contains("Hidden", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Contains("html", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Contains("old", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_real_cards_of_the_code_note_are_found_in_order()
    {
        var cards = Load("code-and-comments.md").Cards;
        Assert.Equal(
            ["Capital of France", "What is std::move", "Visible question", "Nested question"],
            cards.Select(c => c.Question));
        Assert.Equal("A cast to an rvalue reference", cards[1].Answer);
        Assert.Equal("visible answer", cards[2].Answer);
        Assert.Equal(R(35, 2, 35, 35), cards[3].Range);
    }

    [Theory]
    [InlineData("std::vector")]
    [InlineData("Use std::vector for growable arrays")]
    [InlineData("I like std::vector")]
    [InlineData("Call Foo::bar() first")]
    [InlineData("Path is a::b::c")]
    [InlineData("Use `std::vector` for dynamic arrays")]
    [InlineData("See [docs](https://example.com/a::b) here")]
    [InlineData("See <https://example.com/x::y>")]
    [InlineData("a ::: ")]
    [InlineData("::: note")]
    [InlineData("Nothing here ::")]
    [InlineData("Four colons :::: are not a separator")]
    public void Code_paths_urls_and_empty_sides_are_not_cards(string line)
    {
        Assert.Empty(Text("# T\n\n" + line + "\n").Cards);
    }

    [Theory]
    [InlineData("Capital of France::Paris", "Capital of France", "Paris")]
    [InlineData("What is X::Y", "What is X", "Y")]
    [InlineData("What is X:: y", "What is X", "y")]
    [InlineData("What is X :: y", "What is X", "y")]
    [InlineData("Big-O of heap push:: O(log n)", "Big-O of heap push", "O(log n)")]
    [InlineData("Why use std::move? :: it enables moves", "Why use std::move?", "it enables moves")]
    [InlineData("What is **GIL**:: Global *interpreter* lock", "What is GIL", "Global interpreter lock")]
    public void Double_colon_separators_follow_the_documented_rule(string line, string question, string answer)
    {
        var card = Text("# T\n\n" + line + "\n").Cards.Single();
        Assert.Equal(question, card.Question);
        Assert.Equal(answer, card.Answer);
    }

    [Fact]
    public void A_card_in_a_list_item_is_found_and_is_not_a_practice_question()
    {
        var doc = Text("## Practice\n\n- Why is the sky blue? :: Rayleigh scattering\n- Plain question?\n");
        Assert.Equal("Why is the sky blue?", doc.Cards.Single().Question);
        Assert.Equal(["Plain question?"], doc.PracticeQuestions.Select(p => p.Text));
    }

    [Fact]
    public void Editing_the_answer_keeps_the_card_id_and_editing_the_question_changes_it()
    {
        string a = Text("# T\n\nWhat is Adam:: old answer\n").Cards.Single().Id;
        string b = Text("# T\n\nWhat is Adam:: a new answer\n").Cards.Single().Id;
        string c = Text("# T\n\n  what   is ADAM? :: x\n").Cards.Single().Id;
        string d = Text("# T\n\nWhat is RMSprop:: x\n").Cards.Single().Id;
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.NotEqual(a, d);
    }

    [Fact]
    public void Duplicate_questions_in_a_note_get_numbered_ids()
    {
        var cards = Text("# T\n\nSame q:: one\n\n## U\n\nSame q:: two\n\nSame Q? :: three\n").Cards;
        Assert.Equal(3, cards.Count);
        Assert.Equal(cards[0].Id + "-2", cards[1].Id);
        Assert.Equal(cards[0].Id + "-3", cards[2].Id);
    }

    [Fact]
    public void A_card_before_the_first_heading_has_no_topic()
    {
        var doc = Text("Intro question:: answer\n\n# Later\n");
        Assert.Null(doc.Cards.Single().TopicId);
    }

    [Fact]
    public void Card_ids_use_the_front_matter_id_as_note_key()
    {
        Assert.All(Load("ml-week1.md").Cards, c => Assert.StartsWith("ml-week1#card/", c.Id, StringComparison.Ordinal));
        Assert.StartsWith("notes/t.md#card/", Text("Q q:: a\n").Cards.Single().Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does Adam add to momentum::", "::")]
    [InlineData("Why is the sky blue? :::", ":::")]
    [InlineData("Nothing here ::", "::")]
    public void A_question_with_its_separator_and_no_answer_is_a_broken_card_warning(string line, string separator)
    {
        var doc = Text("# T\n\n" + line + "\n");
        Assert.Empty(doc.Cards);
        var d = Assert.Single(doc.Diagnostics);
        Assert.Equal("card", d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(R(2, 0, 2, line.Length), d.Range);
        Assert.Equal($"Line 3: this card has no answer after \"{separator}\". Write the answer after it on the same line.", d.Message);
    }

    [Fact]
    public void A_question_mark_line_without_answer_lines_below_or_question_lines_above_is_a_broken_card()
    {
        var noAnswer = Text("# T\n\nWhat are the two moments?\n?\n\nThe mean and the mean of squares.\n");
        Assert.Empty(noAnswer.Cards);
        var d = Assert.Single(noAnswer.Diagnostics);
        Assert.Equal(("card", 3), (d.Code, d.Range.Start.Line));
        Assert.Contains("has no answer below it", d.Message, StringComparison.Ordinal);

        var noQuestion = Text("# T\n\n??\nThe answer only\n");
        Assert.Empty(noQuestion.Cards);
        Assert.Contains("\"??\" line has no question above it", Assert.Single(noQuestion.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("std::vector")]
    [InlineData("Example::")]
    [InlineData(":::")]
    [InlineData("::: note")]
    [InlineData("a :::")]
    [InlineData("Use `std::` for the standard library")]
    [InlineData("Ends in code `a b::`")]
    [InlineData("Four colons ::::")]
    [InlineData("Capital of France::Paris")]
    public void Lines_that_are_no_card_or_a_whole_card_get_no_card_warning(string line)
    {
        Assert.DoesNotContain(Text("# T\n\n" + line + "\n").Diagnostics, d => d.Code == "card");
    }
}
