using PrepCode.Core.Checks;
using PrepCode.Core.Plans;
using PrepCode.Core.Tests.Curricula;

namespace PrepCode.Core.Tests.Checks;

/// <summary>Uncommit takes the Results Summary out of the check file again. Golden files in tests/fixtures/checks
/// (NAME.before.md → NAME.after.md); PREPCODE_UPDATE_GOLDEN=1 rewrites the .after files.</summary>
public sealed class CheckSummaryRemovalTests : IDisposable
{
    private readonly StudyFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static string Fixture(string file) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "checks", file);

    [Fact]
    public void Removing_the_first_checks_summary_keeps_answers_score_lines_notes_and_the_other_check_golden()
    {
        var before = File.ReadAllText(Fixture("two-checks-crlf.before.md"));
        var edit = CheckSummaryWriter.RemoveEdit(before, "2026-11-22#1");
        Assert.NotNull(edit);
        var after = TextEdits.Apply(before, [edit]);
        if (Environment.GetEnvironmentVariable("PREPCODE_UPDATE_GOLDEN") == "1") File.WriteAllText(Fixture("two-checks-crlf.after.md"), after);
        Assert.Equal(File.ReadAllText(Fixture("two-checks-crlf.after.md")), after);

        Assert.DoesNotContain("\n", after.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal); // CRLF kept
        var file = CheckDocumentReader.Read(after);
        Assert.Null(file.Section("2026-11-22#1")!.SummaryLine);
        Assert.NotNull(file.Section("2026-11-22#2")!.SummaryLine);
        Assert.Equal([100.0, 40], file.Section("2026-11-22#1")!.Questions.Select(q => q.ScorePercent!.Value));
        Assert.Equal("queries and keys… not sure 🤔", file.Section("2026-11-22#1")!.Questions[1].Answer);
        Assert.Contains("✍️ Note to self: redo attention tomorrow", after, StringComparison.Ordinal);
        Assert.Null(CheckSummaryWriter.RemoveEdit(after, "2026-11-22#1"));                      // nothing left to remove
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Uncommit_leaves_the_check_as_it_was_before_commit_except_for_the_score_lines_commit_added(string newline)
    {
        var check = new KnowledgeCheckComposer(new Random(3)).Compose(
            new CheckInputs([.. _f.Service.Index.Items], _f.Service.States, new Dictionary<string, DateOnly>(), [], _f.Service.Today),
            new CheckOptions(Count: 3));
        var text = CheckDocumentWriter.NewFile(check, newline);
        var marker = text.IndexOf(CheckMarkers.AnswerMarker, StringComparison.Ordinal) + CheckMarkers.AnswerMarker.Length;
        text = text.Insert(marker, " Adam combines momentum with RMSprop scaling 🚀");
        var report = new CheckCommitter(_f.Service).Commit(text, check.Id);
        var scoreLinesOnly = TextEdits.Apply(text, report.CheckFileEdits.Where(e => !e.NewText.Contains("Results Summary", StringComparison.Ordinal)));
        var committed = TextEdits.Apply(text, report.CheckFileEdits);

        var uncommitted = TextEdits.Apply(committed, [CheckSummaryWriter.RemoveEdit(committed, check.Id)!]);
        Assert.Equal(scoreLinesOnly, uncommitted);
        Assert.Equal(3, CheckDocumentReader.Read(uncommitted).Sections[0].Questions.Count(q => q.ScorePercent is not null));

        // Committing again (after the schedule was restored) writes the summary once more, in the same place.
        _f.Service.UncommitCheck(check.Id);
        var again = new CheckCommitter(_f.Service).Commit(uncommitted, check.Id);
        Assert.False(again.AlreadyCommitted);
        Assert.Equal(committed, TextEdits.Apply(uncommitted, again.CheckFileEdits));
        Assert.Single(_f.Store.History("adam"), h => h.UndoneAt is null);
    }

    [Fact]
    public void Prose_typed_under_the_summary_is_not_part_of_it()
    {
        const string text = """
            ## Knowledge check 2026-11-22 #1

            ### Q1 · new · Adam optimizer
            <!-- prepcode:q check=2026-11-22#1 n=1 item=adam kind=new -->

            **Answer:** momentum

            Score: 50 % — missed: Bias correction fixes the zero…

            ### Results Summary

            - 📊 **Knowledge Check: 50.0% (F)**: 1 questions: 1 new, 0 review
              - continued line of the list

            My own takeaway, not PrepCode's.
            """;
        var section = CheckDocumentReader.Read(text).Sections.Single();
        Assert.Equal(12, section.SummaryLastLine);
        var after = TextEdits.Apply(text, [CheckSummaryWriter.RemoveEdit(text, section.CheckId)!]);
        Assert.EndsWith("Score: 50 % — missed: Bias correction fixes the zero…\n\nMy own takeaway, not PrepCode's.", after, StringComparison.Ordinal);
    }
}
