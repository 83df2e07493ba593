using PrepCode.Core.Checks;
using PrepCode.Core.Plans;
using PrepCode.Core.Scheduling;

namespace PrepCode.Core.Tests.Checks;

public sealed class CheckFileAndCommitTests : IDisposable
{
    private readonly StudyFixture _f = new();

    public void Dispose() => _f.Dispose();

    private KnowledgeCheck Check(int sequence = 1) =>
        new KnowledgeCheckComposer(new Random(1)).Compose(
            new CheckInputs(_f.Service.Index.Items.ToList(), _f.Service.States, new Dictionary<string, DateOnly>(), [], _f.Service.Today),
            new CheckOptions(Count: 3), sequence);

    /// <summary>Types <paramref name="answer"/> on the blank line after question <paramref name="n"/>'s answer marker.</summary>
    private static string Type(string text, int n, string answer)
    {
        var lines = text.Split('\n').ToList();
        var heading = lines.FindIndex(l => l.StartsWith($"### Q{n} ", StringComparison.Ordinal));
        var marker = lines.FindIndex(heading, l => l == CheckMarkers.AnswerMarker);
        lines[marker + 1] = answer;
        return string.Join('\n', lines);
    }

    [Fact]
    public void A_check_file_is_written_typed_into_and_read_back_with_answers_and_an_edited_score()
    {
        var check = Check();
        var text = CheckDocumentWriter.NewFile(check);
        Assert.StartsWith("---\nprep: false\nprepcode-check: true\n---\n", text, StringComparison.Ordinal);
        Assert.Contains("## Knowledge check 2026-11-22 #1", text, StringComparison.Ordinal);
        Assert.Contains("<!-- prepcode:q check=2026-11-22#1 n=1 item=adam kind=new -->", text, StringComparison.Ordinal);

        text = Type(text, 1, "Adam combines momentum and RMSprop scaling.\nBias correction fixes the zero start of moment estimates.");
        text = Type(text, 2, "Projections of the input: queries, keys, values");
        var scores = CheckScoring.ComputedScores(CheckScoring.Score(CheckDocumentReader.Read(text).Sections[0], _f.Service.Index.Find, out _));
        text = TextEdits.Apply(text, ScoreLineWriter.Edits(text, check.Id, scores));
        Assert.Contains("Score: 100 % — all key points covered", text, StringComparison.Ordinal);
        Assert.Contains("Score: 0 % — missed: Normalises each example across its features", text, StringComparison.Ordinal);
        text = text.Replace("Score: 0 % — missed", "Score: 40 % — missed", StringComparison.Ordinal); // the user disagrees

        var file = CheckDocumentReader.Read(text);
        Assert.True(file.HasCheckFrontMatter);
        var q = file.Sections.Single().Questions;
        Assert.Equal(["adam", "attention", "layer-norm"], q.Select(x => x.ItemId));
        Assert.Equal("Adam combines momentum and RMSprop scaling.\nBias correction fixes the zero start of moment estimates.", q[0].Answer);
        Assert.Equal("", q[2].Answer);
        Assert.Equal(40, q[2].ScorePercent);
        Assert.Equal("Adam optimizer", q[0].Title);
        Assert.Empty(ScoreLineWriter.Edits(text, check.Id, scores)); // existing score lines are the user's
    }

    [Fact]
    public void A_second_check_on_the_same_day_appends_its_own_section_numbered_2()
    {
        var text = CheckDocumentWriter.NewFile(Check());
        Assert.Equal(2, CheckDocumentWriter.NextSequence(text, StudyFixture.Today));
        text = TextEdits.Apply(text, [CheckDocumentWriter.AppendEdit(text, Check(2))]);
        var file = CheckDocumentReader.Read(text);
        Assert.Equal(["2026-11-22#1", "2026-11-22#2"], file.Sections.Select(s => s.CheckId));
        Assert.All(file.Sections, s => Assert.Equal(3, s.Questions.Count));
    }

    [Fact]
    public void Committing_grades_each_item_through_the_percent_table_and_writes_a_summary_once()
    {
        var check = Check();
        var text = Type(CheckDocumentWriter.NewFile(check), 1, "Adam combines momentum with RMSprop scaling");
        var committer = new CheckCommitter(_f.Service);

        var report = committer.Commit(text, check.Id);
        Assert.False(report.AlreadyCommitted);
        Assert.Equal([50.0, 0, 0], report.Scored.Select(s => s.Percent));
        Assert.Equal([PercentToQualityTable.Default.ToQuality(50), 0, 0], report.Grades.Select(g => g.Quality));
        Assert.All(_f.Store.AllReviews(), r => Assert.Equal("check", r.Source));
        Assert.Equal(3, _f.Store.CheckCommits(check.Id).Count);
        Assert.Equal(16.7, report.Summary!.OverallPercent);
        Assert.Equal("F", report.Summary.Letter);

        var written = TextEdits.Apply(text, report.CheckFileEdits);
        Assert.Contains("### Results Summary", written, StringComparison.Ordinal);
        Assert.Null(CheckSummaryWriter.Edit(written, report.Summary)); // idempotent

        var again = committer.Commit(written, check.Id);
        Assert.True(again.AlreadyCommitted);
        Assert.Equal(3, _f.Store.AllReviews().Count);
    }

    [Fact]
    public void Uncommit_restores_the_states_before_the_check_and_marks_its_log_entries_undone()
    {
        _f.Service.Grade("adam", 5, null, null);
        var before = _f.Service.StateOf("adam");
        _f.Clock.Now = _f.Clock.Now.AddDays(1);
        var check = Check();
        var committer = new CheckCommitter(_f.Service);
        committer.Commit(CheckDocumentWriter.NewFile(check), check.Id);
        Assert.NotEqual(before, _f.Service.StateOf("adam"));

        var outcome = committer.Uncommit(check.Id);
        Assert.Empty(outcome.Blocked);
        Assert.Equal(before, _f.Service.StateOf("adam"));
        Assert.Equal(before, _f.Store.LoadStates()["adam"].State);
        Assert.False(_f.Store.LoadStates().ContainsKey("layer-norm"));
        Assert.Equal(4, _f.Store.AllReviews(includeUndone: true).Count);
        Assert.Single(_f.Store.AllReviews());
        Assert.Empty(committer.Uncommit(check.Id).Restored);

        Assert.False(committer.Commit(CheckDocumentWriter.NewFile(check), check.Id).AlreadyCommitted); // may be committed again
    }

    [Fact]
    public void Uncommit_is_refused_when_an_item_was_graded_again_since()
    {
        var check = Check();
        var committer = new CheckCommitter(_f.Service);
        committer.Commit(CheckDocumentWriter.NewFile(check), check.Id);
        _f.Service.Grade("adam", 4, null, null);
        var outcome = committer.Uncommit(check.Id);
        Assert.Equal(["adam"], outcome.Blocked);
        Assert.Equal(3, _f.Store.CheckCommits(check.Id).Count);
    }

    [Fact]
    public void Completing_a_topic_records_it_and_schedules_the_first_review_from_the_difficulty()
    {
        var result = new TopicCompletion(_f.Service).Complete("adam", difficulty: 4, note: "bias correction still shaky");
        Assert.Equal(3, result.Grade.Quality);
        Assert.Equal("completion", _f.Store.History("adam").Single().Source);
        Assert.Equal(4, _f.Store.Completions().Single().Difficulty);
        Assert.Equal(["Adam optimizer"], result.PlanUpdate.CompletedTitles);
        Assert.Throws<PrepCode.Core.Study.InvalidStudyArgumentException>(() => TopicCompletion.QualityFor(6));
    }
}
