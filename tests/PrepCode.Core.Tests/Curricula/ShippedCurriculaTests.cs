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
                // Without its {#id} heading in a notes file a topic can never be marked complete or scheduled.
                Assert.True(topic.NotesPath is not null, $"{topic.Id}: no notes file");
                AssertNotesMatch(track, topic);
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

    [Fact]
    public void The_shipped_tracks_are_three_ml_tracks_of_14_days_and_a_swe_track_of_28()
    {
        var catalog = CurriculumCatalog.Load(RepositoryPaths.ShippedCurricula, workspaceRoot: null);

        Assert.Equal(
            [("ml-algorithms", TrackGroup.ML, 14), ("ml-system-design", TrackGroup.ML, 14), ("recommendations", TrackGroup.ML, 14), ("swe", TrackGroup.SWE, 28)],
            catalog.Tracks.Select(t => (t.Id, t.Group, t.Days.Count)));
    }

    [Fact]
    public void Every_shipped_day_has_four_key_points_and_four_practice_questions_of_several_types()
    {
        foreach (var track in CurriculumCatalog.Load(RepositoryPaths.ShippedCurricula, workspaceRoot: null).Tracks)
        {
            foreach (var day in track.Days)
            {
                var where = $"{track.Id} day {day.Number}";
                Assert.True(day.Topics.Sum(t => t.KeyPoints.Count) >= 4, $"{where}: fewer than 4 key points");
                Assert.True(day.Topics.Sum(t => t.Practice.Count) >= 4, $"{where}: fewer than 4 practice questions");
                Assert.True(day.Topics.SelectMany(t => t.Practice).Select(p => p.Type).Distinct().Count() >= 2, $"{where}: one practice type only");
            }
        }
    }

    /// <summary>The subjects seed 001 lists for each track, each found in some day's title or topic title.</summary>
    [Theory]
    [InlineData("ml-algorithms", "neural network", "convolutional", "rnn", "transformer", "gan", "linear", "tree", "boosting", "svm",
        "embedding", "dimensionality", "compression")]
    [InlineData("ml-system-design", "recommendation", "search", "ads", "vision", "llm", "training", "serving", "feature store",
        "monitoring", "platform", "lifecycle", "roi")]
    [InlineData("recommendations", "retrieval", "ranking", "re-ranking", "collaborative filtering", "matrix factorization", "two-tower",
        "sequential", "graph", "cold start", "bandits", "llm")]
    [InlineData("swe", "two pointers", "sliding window", "binary search", "dynamic programming", "graph", "caching", "load balancing",
        "rate limiter", "key-value store")]
    public void Each_track_covers_the_subjects_seed_001_lists(string trackId, params string[] subjects)
    {
        var track = CurriculumCatalog.Load(RepositoryPaths.ShippedCurricula, workspaceRoot: null).FindTrack(trackId)!;
        var titles = string.Join("\n", track.Days.Select(d => d.Title).Concat(track.Topics.Select(t => t.Title))).ToLowerInvariant();

        Assert.All(subjects, s => Assert.Contains(s, titles, StringComparison.Ordinal));
    }

    /// <summary>Day 1 of each ML track teaches what seed 001's quick start shows for it.</summary>
    [Theory]
    [InlineData("ml-algorithms", "forward propagation", "backpropagation", "relu", "sigmoid", "tanh", "loss", "gradient descent", "vanishing gradients", "derive")]
    [InlineData("ml-system-design", "retrieval", "ranking", "re-ranking", "candidate generation", "ranking model", "design a video recommendation system")]
    [InlineData("recommendations", "explicit", "implicit", "precision@k", "ndcg", "mrr", "business objectives", "accuracy and diversity")]
    public void Day_one_of_each_ml_track_covers_the_seed_quick_start(string trackId, params string[] phrases)
    {
        var day = CurriculumCatalog.Load(RepositoryPaths.ShippedCurricula, workspaceRoot: null).FindTrack(trackId)!.DayOrNull(1)!;
        var text = string.Join("\n", day.Topics.SelectMany(t => t.KeyPoints.Concat(t.Practice.Select(p => p.Question)))).ToLowerInvariant();

        Assert.All(phrases, p => Assert.Contains(p, text, StringComparison.Ordinal));
    }

    private static void AssertNotesMatch(Curriculum track, CurriculumTopic topic)
    {
        var text = File.ReadAllText(topic.NotesPath!).ReplaceLineEndings("\n");
        Assert.Matches(new Regex($"^---\\n(.*\\n)*?track: {Regex.Escape(track.Id)}\\n"), text);
        Assert.Matches(new Regex($"^# .+ \\{{#{Regex.Escape(topic.Id)}\\}}$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex("^## Cards$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex("^.+::.+$", RegexOptions.Multiline), text);
        var note = NoteParser.Parse(Path.GetFileName(topic.NotesPath!), text);
        Assert.Empty(note.Diagnostics.Select(d => $"{topic.NotesPath}: {d}"));
        Assert.Contains(note.Topics, t => t.Id == topic.Id);
        Assert.True(note.Cards.Count >= 3, $"{topic.NotesPath}: {note.Cards.Count} cards");
        Assert.Empty(note.PracticeQuestions.Select(q => $"{topic.NotesPath}: a list item read as a practice question: {q}"));
    }
}
