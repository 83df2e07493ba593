using System.Text.RegularExpressions;
using PrepCode.Core.Curricula;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Curricula;

/// <summary>Guards the shipped content in the repository's curricula/ folder.</summary>
public class ShippedCurriculaTests
{
    [Fact]
    public void Every_shipped_track_loads_without_errors_or_warnings_and_meets_the_content_rules()
    {
        // Every folder with a curriculum.yaml is a track; others (sample-notes) are plain notes.
        var folders = Directory.GetDirectories(RepositoryPaths.ShippedCurricula).Where(d => File.Exists(Path.Combine(d, "curriculum.yaml"))).Order(StringComparer.Ordinal).ToList();
        var catalog = CurriculumCatalog.Load(RepositoryPaths.ShippedCurricula, workspaceRoot: null);

        Assert.Empty(catalog.Diagnostics.Where(d => d.Severity <= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Equal(folders.Select(Path.GetFileName), catalog.Tracks.Select(t => t.Id));
        Assert.Contains(catalog.Tracks, t => t.Id == "swe" && t.Group == TrackGroup.SWE && t.Days.Count == 28);
        foreach (var track in catalog.Tracks)
        {
            Assert.True(track.IsShipped);
            Assert.Equal(Enumerable.Range(1, track.Days.Count), track.Days.Select(d => d.Number));
            Assert.All(track.Days, d => Assert.NotEmpty(d.Topics));
            foreach (var topic in track.Topics)
            {
                Assert.True(topic.KeyPoints.Count >= CurriculumRules.MinKeyPoints, $"{topic.Id}: {topic.KeyPoints.Count} key points");
                Assert.True(topic.Practice.Count >= CurriculumRules.MinPractice, $"{topic.Id}: {topic.Practice.Count} practice questions");
                Assert.True(topic.Practice.Select(p => p.Question).Distinct().Count() == topic.Practice.Count, $"{topic.Id}: repeated question");
                if (topic.NotesPath is not null) AssertNotesMatch(track, topic);
            }
        }
    }

    [Fact]
    public void The_swe_track_answers_every_practice_question_and_uses_its_two_domains()
    {
        var swe = CurriculumCatalog.Load(RepositoryPaths.ShippedCurricula, workspaceRoot: null).FindTrack("swe")!;

        Assert.Equal("SWE Interview Prep", swe.Title);
        Assert.All(swe.Topics, t => Assert.Contains(t.Domain, new[] { "Coding Patterns", "System Design" }));
        Assert.All(swe.Topics.SelectMany(t => t.Practice), p => Assert.False(string.IsNullOrWhiteSpace(p.Answer), p.Question));
        Assert.All(swe.Topics, t => Assert.StartsWith("swe-", t.Id, StringComparison.Ordinal));
    }

    private static void AssertNotesMatch(Curriculum track, CurriculumTopic topic)
    {
        var text = File.ReadAllText(topic.NotesPath!).ReplaceLineEndings("\n");
        Assert.Matches(new Regex($"^---\\n(.*\\n)*?track: {Regex.Escape(track.Id)}\\n"), text);
        Assert.Matches(new Regex($"^# .+ \\{{#{Regex.Escape(topic.Id)}\\}}$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex("^## Cards$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex("^.+::.+$", RegexOptions.Multiline), text);
    }
}
