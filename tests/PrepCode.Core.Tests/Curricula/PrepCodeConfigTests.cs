using System.Text.Json.Nodes;
using PrepCode.Core.Curricula;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Curricula;

public class PrepCodeConfigTests
{
    private const string Path = "/ws/.prepcode/config.json";

    [Fact]
    public void A_config_with_tracks_group_and_intervals_is_read()
    {
        var result = PrepCodeConfigReader.Parse(Path, """
            {
              // comments are fine
              "tracks": {
                "swe": { "startDate": "2026-11-20", "accelerationDays": 3, "active": true },
                "ml-algorithms": { "startDate": "2026-12-01", "active": false },
              },
              "activeGroup": "ML",
              "reviewIntervals": [1, 2, 5, 10, 30]
            }
            """);

        var unused = Assert.Single(result.Diagnostics);                         // read, but the schedule follows the settings
        Assert.Equal((DiagnosticSeverity.Warning, 8), (unused.Severity, unused.Line));
        Assert.Contains("prepcode.fixedIntervals", unused.Message, StringComparison.Ordinal);
        Assert.Equal(new TrackSettings(new DateOnly(2026, 11, 20), 3, true), result.Config.Tracks["swe"]);
        Assert.Equal(new TrackSettings(new DateOnly(2026, 12, 1), 0, false), result.Config.Tracks["ml-algorithms"]);
        Assert.Equal(TrackGroup.ML, result.Config.ActiveGroup);
        Assert.Equal([1, 2, 5, 10, 30], result.Config.ReviewIntervals);
    }

    [Fact]
    public void Bad_json_is_an_error_with_its_line_and_the_defaults_are_kept()
    {
        var result = PrepCodeConfigReader.Parse(Path, "{\n  \"tracks\": {\n    \"swe\": { \"startDate\": \"2026-11-20\" \n  }\n  \"activeGroup\": \"ML\"\n}");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("the config is not valid JSON, so defaults are used", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Config.Tracks);
        Assert.Null(result.Config.ActiveGroup);
        Assert.Equal([1, 3, 7, 14], result.Config.ReviewIntervals);
    }

    [Fact]
    public void Bad_values_are_warnings_on_their_lines_and_keep_their_defaults()
    {
        var result = PrepCodeConfigReader.Parse(Path, """
            {
              "tracks": {
                "swe": { "startDate": "20 Nov 2026" },
                "ml": { "startDate": "2026-11-20", "accelerationDays": -2, "active": "yes" }
              },
              "activeGroup": "Design",
              "reviewIntervals": [1, 7, 3]
            }
            """);

        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal([3, 4, 4, 6, 7], result.Diagnostics.Select(d => d.Line));
        Assert.False(result.Config.Tracks.ContainsKey("swe"));
        Assert.Equal(new TrackSettings(new DateOnly(2026, 11, 20), 0, true), result.Config.Tracks["ml"]);
        Assert.Null(result.Config.ActiveGroup);
        Assert.Equal([1, 3, 7, 14], result.Config.ReviewIntervals);
    }

    [Fact]
    public void A_missing_file_gives_the_defaults_without_complaint()
    {
        var result = PrepCodeConfigReader.Read("/no/such/.prepcode/config.json");

        Assert.Empty(result.Diagnostics);
        Assert.Same(PrepCodeConfig.Default, result.Config);
    }

    [Fact]
    public void Writing_keeps_unknown_keys_at_the_top_and_inside_tracks()
    {
        const string existing = """
            {
              "scheduler": { "kind": "sm2" },
              "tracks": {
                "swe": { "startDate": "2026-11-01", "accelerationDays": 0, "active": true, "color": "blue" },
                "kept-track": { "startDate": "2026-10-01" }
              },
              "activeGroup": "SWE"
            }
            """;
        var config = PrepCodeConfigReader.Parse(Path, existing).Config
            .WithTrack("swe", new TrackSettings(new DateOnly(2026, 11, 20), 4, false))
            .WithTrack("ml-algorithms", new TrackSettings(new DateOnly(2026, 12, 1))) with { ActiveGroup = TrackGroup.ML };

        var (text, diagnostics) = PrepCodeConfigWriter.Apply(Path, existing, config);

        Assert.Empty(diagnostics);
        var root = JsonNode.Parse(text!)!;
        Assert.Equal("sm2", (string?)root["scheduler"]!["kind"]);
        Assert.Equal("blue", (string?)root["tracks"]!["swe"]!["color"]);
        Assert.Equal("2026-11-20", (string?)root["tracks"]!["swe"]!["startDate"]);
        Assert.Equal(4, (int)root["tracks"]!["swe"]!["accelerationDays"]!);
        Assert.False((bool)root["tracks"]!["swe"]!["active"]!);
        Assert.Equal("2026-12-01", (string?)root["tracks"]!["ml-algorithms"]!["startDate"]);
        Assert.Equal("2026-10-01", (string?)root["tracks"]!["kept-track"]!["startDate"]);
        Assert.Equal("ML", (string?)root["activeGroup"]);
        Assert.Contains("\n  \"scheduler\"", text, StringComparison.Ordinal);
        Assert.Null(root["reviewIntervals"]);                                   // never added: it would not change the schedule
        var reread = PrepCodeConfigReader.Parse(Path, text!).Config;
        Assert.Equal([1, 3, 7, 14], reread.ReviewIntervals);
        Assert.Equal(3, reread.Tracks.Count);
    }

    [Fact]
    public void Writing_never_overwrites_a_file_that_is_not_valid_json()
    {
        var folder = Directory.CreateTempSubdirectory("prepcode-config-");
        try
        {
            var path = System.IO.Path.Combine(folder.FullName, "config.json");
            File.WriteAllText(path, "{ \"tracks\": ");

            var diagnostics = PrepCodeConfigWriter.Write(path, PrepCodeConfig.Default.WithTrack("swe", new TrackSettings(new DateOnly(2026, 11, 20))));

            Assert.StartsWith("the config was not changed", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
            Assert.Equal("{ \"tracks\": ", File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Writing_creates_the_folder_and_file_and_reads_back_the_same_config()
    {
        var folder = Directory.CreateTempSubdirectory("prepcode-config-");
        try
        {
            var path = System.IO.Path.Combine(folder.FullName, ".prepcode", "config.json");
            var config = PrepCodeConfig.Default.WithTrack("swe", new TrackSettings(new DateOnly(2026, 11, 20), 2)) with
            {
                ActiveGroup = TrackGroup.SWE,
            };

            Assert.Empty(PrepCodeConfigWriter.Write(path, config));
            var read = PrepCodeConfigReader.Read(path);

            Assert.Empty(read.Diagnostics);
            Assert.Equal(config.Tracks["swe"], read.Config.Tracks["swe"]);
            Assert.Equal(TrackGroup.SWE, read.Config.ActiveGroup);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_seed_spellings_start_date_and_acceleration_days_are_read()
    {
        var result = PrepCodeConfigReader.Parse(Path, """
            {
              "tracks": {
                "ml-algorithms": { "start_date": "2026-11-20", "acceleration_days": 5 },
                "swe": { "startDate": "2026-11-21", "acceleration_days": 2, "accelerationDays": 1 },
                "recommendations": { "start_date": "2026-11-22", "acceleration_days": "five" }
              }
            }
            """);

        Assert.Equal(new TrackSettings(new DateOnly(2026, 11, 20), 5), result.Config.Tracks["ml-algorithms"]);
        Assert.Equal(new TrackSettings(new DateOnly(2026, 11, 21), 1), result.Config.Tracks["swe"]);   // camelCase wins
        Assert.Equal(new TrackSettings(new DateOnly(2026, 11, 22)), result.Config.Tracks["recommendations"]);
        Assert.Equal(
            [(4, "'acceleration_days' is ignored because 'accelerationDays' is also set"),
             (5, "'acceleration_days' of track 'recommendations' must be a whole number of 0 or more; 0 is used")],
            result.Diagnostics.Select(d => (d.Line, d.Message)));
    }

    [Fact]
    public void Writing_a_track_replaces_its_seed_spellings_with_camel_case()
    {
        const string existing = """{ "tracks": { "swe": { "start_date": "2026-11-01", "acceleration_days": 3, "note": "mine" } } }""";
        var config = PrepCodeConfigReader.Parse(Path, existing).Config;
        Assert.Equal(new TrackSettings(new DateOnly(2026, 11, 1), 3), config.Tracks["swe"]);

        var (text, _) = PrepCodeConfigWriter.Apply(Path, existing, config.WithTrack("swe", new TrackSettings(new DateOnly(2026, 11, 5), 3)));

        var swe = JsonNode.Parse(text!)!["tracks"]!["swe"]!.AsObject();
        Assert.Equal(["note", "startDate", "accelerationDays", "active"], swe.Select(p => p.Key));
        Assert.Equal("2026-11-05", (string?)swe["startDate"]);
    }
}
