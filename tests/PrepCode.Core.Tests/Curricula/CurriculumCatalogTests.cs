using PrepCode.Core.Curricula;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Curricula;

public class CurriculumCatalogTests
{
    private static readonly string Fixtures = RepositoryPaths.CurriculumFixtures;

    [Fact]
    public void A_workspace_curriculum_overrides_the_shipped_one_with_the_same_id()
    {
        var catalog = CurriculumCatalog.Load(Path.Combine(Fixtures, "good", "shipped"), Path.Combine(Fixtures, "good", "workspace"));

        Assert.Equal(["demo-ml", "demo-swe"], catalog.Tracks.Select(t => t.Id));
        var ml = catalog.FindTrack("demo-ml")!;
        Assert.Equal("Demo ML (mine)", ml.Title);
        Assert.False(ml.IsShipped);
        Assert.Equal(2, ml.Days.Count);
        Assert.Same(ml.Days[1].Topics[0], catalog.FindTopic("demo-regularisation"));
        var info = Assert.Single(catalog.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Information, info.Severity);
        Assert.Equal("this workspace track replaces the shipped track 'demo-ml'", info.Message);
        Assert.Equal(1, info.Line);
    }

    [Fact]
    public void Tracks_are_found_by_id_topic_and_group()
    {
        var catalog = CurriculumCatalog.Load(Path.Combine(Fixtures, "good", "shipped"), workspaceRoot: null);

        Assert.Equal("demo-swe", catalog.FindTopic("demo-caching")!.TrackId);
        Assert.Equal(2, catalog.FindTopic("demo-caching")!.Day);
        Assert.Null(catalog.FindTopic("nope"));
        Assert.Null(catalog.FindTrack("nope"));
        Assert.Equal(["demo-swe"], catalog.TracksInGroup(TrackGroup.SWE).Select(t => t.Id));
        Assert.Equal(["demo-ml"], catalog.TracksInGroup(TrackGroup.ML).Select(t => t.Id));
        Assert.True(catalog.FindTrack("demo-ml")!.IsShipped);
    }

    [Fact]
    public void A_malformed_track_is_not_loaded_at_all_while_other_tracks_are()
    {
        var catalog = CurriculumCatalog.Load(Path.Combine(Fixtures, "with-broken"), workspaceRoot: null);

        Assert.Equal(["fine-track"], catalog.Tracks.Select(t => t.Id));
        Assert.Null(catalog.FindTopic("broken-fine-topic"));
        var broken = Path.Combine(Fixtures, "with-broken", "broken-track", "curriculum.yaml");
        var errors = catalog.DiagnosticsFor(broken);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, d => d.Line == 16 && d.Message.StartsWith("practice type 'quiz'", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Line == 18 && d.Message == "day 2 is missing; days must run 1..N without gaps");
    }

    [Fact]
    public void A_topic_id_already_used_by_another_track_refuses_the_later_track_with_the_topic_line()
    {
        var catalog = CurriculumCatalog.Load(Path.Combine(Fixtures, "good", "shipped"), Path.Combine(Fixtures, "collision"));

        Assert.Null(catalog.FindTrack("copycat"));
        Assert.Null(catalog.FindTopic("copycat-own-topic"));
        Assert.Equal("demo-swe", catalog.FindTopic("demo-caching")!.TrackId);
        var error = Assert.Single(catalog.Diagnostics);
        Assert.Equal(Path.Combine(Fixtures, "collision", "curricula", "copycat", "curriculum.yaml"), error.Path);
        Assert.Equal(18, error.Line);
        Assert.Contains("topic id 'demo-caching' is already used by track 'demo-swe'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracks_under_dot_prepcode_curricula_are_loaded_too()
    {
        var workspace = Directory.CreateTempSubdirectory("prepcode-catalog-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(workspace.FullName, ".prepcode", "curricula", "fine-track"));
            File.Copy(Path.Combine(Fixtures, "with-broken", "fine-track", "curriculum.yaml"), Path.Combine(folder.FullName, "curriculum.yaml"));

            var catalog = CurriculumCatalog.Load(shippedFolder: null, workspace.FullName);

            var track = Assert.Single(catalog.Tracks);
            Assert.Equal("fine-track", track.Id);
            Assert.False(track.IsShipped);
            Assert.Empty(catalog.Diagnostics);
        }
        finally
        {
            workspace.Delete(recursive: true);
        }
    }

    [Fact]
    public void Two_workspace_tracks_with_one_id_keep_the_first_and_report_the_second()
    {
        var loader = new CurriculumLoader(_ => true);
        var text = File.ReadAllText(Path.Combine(Fixtures, "with-broken", "fine-track", "curriculum.yaml"));
        var first = loader.Parse("/ws/curricula/fine-track/curriculum.yaml", text, isShipped: false);
        var second = loader.Parse("/ws/.prepcode/curricula/fine-track/curriculum.yaml", text, isShipped: false);

        var catalog = CurriculumCatalog.FromResults([], [first, second]);

        Assert.Equal("/ws/curricula/fine-track/curriculum.yaml", Assert.Single(catalog.Tracks).SourcePath);
        var error = Assert.Single(catalog.Diagnostics);
        Assert.Equal("/ws/.prepcode/curricula/fine-track/curriculum.yaml", error.Path);
        Assert.Contains("already used", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_folders_give_an_empty_catalog()
    {
        var catalog = CurriculumCatalog.Load("/no/such/shipped", "/no/such/workspace");

        Assert.Empty(catalog.Tracks);
        Assert.Empty(catalog.Diagnostics);
    }
}
