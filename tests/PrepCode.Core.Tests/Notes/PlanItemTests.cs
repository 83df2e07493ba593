using PrepCode.Core.Notes;
using static PrepCode.Core.Tests.Notes.Fixtures;

namespace PrepCode.Core.Tests.Notes;

public class PlanItemTests
{
    private const string Day1 = "ml-week1#ml-engineer-interview-prep-week-1/phase-1-foundations-refresh/day-1-coding-assessment";

    [Fact]
    public void Task_items_are_read_with_state_text_and_exact_checkbox_range()
    {
        var tasks = Load("ml-week1.md").Tasks;
        Assert.Equal(4, tasks.Count);
        Assert.Equal("Implemented Linear Regression from scratch (~1 hour)", tasks[0].Text);
        Assert.True(tasks[0].Checked);
        Assert.Equal(R(17, 2, 17, 5), tasks[0].CheckboxRange);
        Assert.Equal(R(17, 0, 17, 58), tasks[0].Range);
        Assert.Equal(Day1, tasks[0].TopicId);
        Assert.False(tasks[1].Checked);
        Assert.Equal("Implement Logistic Regression again", tasks[1].Text);
    }

    [Fact]
    public void Task_items_in_ordered_lists_are_read()
    {
        var task = Load("ml-week1.md").Tasks[2];
        Assert.Equal("Watched optimization videos (Momentum, RMSprop, Adam)", task.Text);
        Assert.True(task.Checked);
        Assert.Equal(R(20, 3, 20, 6), task.CheckboxRange);
    }

    [Fact]
    public void Nested_task_items_are_read_at_any_depth()
    {
        var tasks = Load("code-and-comments.md").Tasks;
        Assert.Equal(["deep task", "nested done task"], tasks.Select(t => t.Text));
        Assert.Equal(R(36, 6, 36, 9), tasks[0].CheckboxRange);
        Assert.Equal([false, true], tasks.Select(t => t.Checked));
    }

    [Fact]
    public void Pipe_tables_are_read_with_trimmed_plain_cells_and_their_heading()
    {
        var table = Load("ml-week1.md").Tables.Single();
        Assert.Equal(["Category", "Score", "Status"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Optimizers", "89.4%", "✅"], table.Rows[0]);
        Assert.Equal(["Regression", "81.7%", "🟡"], table.Rows[1]);
        Assert.Equal("📊 Quick Stats", table.HeadingTitle);
        Assert.Equal("ml-week1#ml-engineer-interview-prep-week-1/quick-stats", table.TopicId);
        Assert.Equal(R(49, 0, 52, 29), table.Range);
    }

    [Fact]
    public void Score_lines_are_read_in_bold_in_lists_and_with_a_space_before_the_percent()
    {
        var scores = Load("ml-week1.md").Scores;
        Assert.Equal([98.0, 86.5], scores.Select(s => s.Percent));
        Assert.Equal(R(45, 0, 45, 34), scores[0].Range);
        Assert.Equal("ml-week1#ml-engineer-interview-prep-week-1/phase-1-foundations-refresh/adam-optimizer/knowledge-check", scores[0].TopicId);
        Assert.Equal(R(54, 0, 54, 21), scores[1].Range);
    }

    [Theory]
    [InlineData("**Score**: 92.0%", 92.0)]
    [InlineData("  - SCORE: **86.5 %** (B+)", 86.5)]
    [InlineData("Knowledge check score: 95.5% (A+)", 95.5)]
    public void Score_line_variants(string line, double percent)
    {
        Assert.Equal(percent, Text(line + "\n").Scores.Single().Percent);
    }

    [Theory]
    [InlineData("Score: 78/100 (B+)")]
    [InlineData("Z-scores: 95%")]
    [InlineData("`Score: 90%`")]
    public void Lines_without_a_score_percent_are_not_scores(string line)
    {
        Assert.Empty(Text(line + "\n").Scores);
    }

    [Fact]
    public void Practice_heading_items_belong_to_the_topic_they_are_about()
    {
        var practice = Load("ml-week1.md").PracticeQuestions;
        Assert.Equal(["Why does Adam need bias correction?", "Explain AdamW weight decay", "Can you derive the gradient of the MSE loss?"],
            practice.Select(p => p.Text));
        Assert.Equal("adam", practice[0].TopicId);
        Assert.Equal("adam", practice[1].TopicId);
        Assert.Equal(R(43, 0, 43, 38), practice[0].Range);
        Assert.Equal("ml-week1#ml-engineer-interview-prep-week-1/setext-heading", practice[2].TopicId);
    }

    [Theory]
    [InlineData("## 🧠 Knowledge Check (15 min)")]
    [InlineData("### 3. Practice questions")]
    [InlineData("## Interview Questions:")]
    [InlineData("## Self-check")]
    [InlineData("## Review questions")]
    public void Practice_headings_are_recognised_ignoring_emoji_numbering_and_case(string heading)
    {
        var doc = Text(heading + "\n\n- Explain attention\n  - hint: not a question itself\n");
        var q = Assert.Single(doc.PracticeQuestions);
        Assert.Equal("Explain attention", q.Text);
        Assert.Equal(doc.Topics[0].Id, q.TopicId);
    }

    [Fact]
    public void Items_ending_with_a_question_mark_are_practice_questions_anywhere_and_tasks_under_practice_are_not()
    {
        var doc = Text("# Transformers\n\n- What is multi-head attention?\n- a statement\n\n## Practice\n\n- [x] Derive backprop\n- [ ] Can you derive it?\n");
        Assert.Equal(["What is multi-head attention?", "Can you derive it?"], doc.PracticeQuestions.Select(p => p.Text));
        Assert.Equal("notes/t.md#transformers", doc.PracticeQuestions[1].TopicId);
    }

    [Fact]
    public void Bold_labelled_key_learnings_and_key_heading_lists_are_key_points()
    {
        var keys = Load("ml-week1.md").KeyPoints;
        Assert.Equal(
            ["Implementation time: 1 hour each", "Need to memorize common gradient formulas", "Adam bias correction matters early",
             "Adam = momentum + RMSprop", "Use AdamW with weight decay"],
            keys.Select(k => k.Text));
        Assert.Equal(Day1, keys[0].TopicId);
        Assert.Equal(R(23, 0, 23, 34), keys[0].Range);
        Assert.Equal("ml-week1#ml-engineer-interview-prep-week-1", keys[3].TopicId);
    }

    [Fact]
    public void A_key_learnings_list_item_label_makes_its_nested_items_key_points()
    {
        var doc = Text("## Day 4\n\n- ⏱️ **Theory**: ~45 min\n- 💡 **Key learnings**:\n  - L1 gives sparse weights\n  - R² always increases\n- 🔧 Implementation done\n");
        Assert.Equal(["L1 gives sparse weights", "R² always increases"], doc.KeyPoints.Select(k => k.Text));
        Assert.All(doc.KeyPoints, k => Assert.Equal("notes/t.md#day-4", k.TopicId));
    }

    [Fact]
    public void A_top_level_key_heading_owns_its_points()
    {
        var doc = Text("# Summary\n\n- Bias correction fixes early steps\n");
        Assert.Equal("notes/t.md#summary", doc.KeyPoints.Single().TopicId);
    }
}
