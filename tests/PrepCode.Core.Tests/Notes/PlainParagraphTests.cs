using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

/// <summary>Paragraphs with none of <c>: = { ? | &amp; \</c> are not inline-parsed; everything else still is.</summary>
public class PlainParagraphTests
{
    [Fact]
    public void Cards_written_with_entities_or_escapes_are_still_found()
    {
        var doc = Text("# T\n\nPlain words first.\nCapital of France&#58;&#58; Paris\n\nCapital of Spain\\:\\: Madrid\n");
        Assert.Equal(["Capital of France", "Capital of Spain"], doc.Cards.Select(c => c.Question));
    }

    [Fact]
    public void Plain_paragraphs_between_items_change_nothing_around_them()
    {
        var doc = Text("# T\n\nJust prose here with no marks\nover two lines\n\n**Key learnings**:\n- first point\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nScore: 80%\n");
        Assert.Equal(["first point"], doc.KeyPoints.Select(k => k.Text));
        Assert.Equal(["a", "b"], doc.Tables.Single().Header);
        Assert.Equal(80, doc.Scores.Single().Percent);
    }

    [Fact]
    public void The_first_paragraph_of_a_list_item_is_always_read()
    {
        var doc = Text("# Practice\n\n- Why plain words matter\n\n  more prose in the item\n");
        Assert.Equal(["Why plain words matter"], doc.PracticeQuestions.Select(p => p.Text));
    }
}
