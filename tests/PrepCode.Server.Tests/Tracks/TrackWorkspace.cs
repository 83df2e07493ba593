using System.Text;

namespace PrepCode.Server.Tests.Tracks;

/// <summary>Writes small curricula (a folder with curriculum.yaml and one notes file per topic) into a test workspace.</summary>
internal static class TrackWorkspace
{
    /// <summary>A track with <paramref name="days"/> days of one topic each; topic ids are "&lt;id&gt;-d&lt;n&gt;".</summary>
    public static void WriteTrack(TestWorkspace ws, string id, string group, int days, string? title = null, int practice = 6)
    {
        var yaml = new StringBuilder($"id: {id}\ntitle: {title ?? id}\ngroup: {group}\ndescription: A small test track.\ndays:\n");
        for (var d = 1; d <= days; d++)
        {
            var topic = $"{id}-d{d}";
            yaml.Append($"  - day: {d}\n    title: Day {d} of {id}\n    topics:\n      - id: {topic}\n        title: Topic {d} of {id}\n")
                .Append($"        domain: Testing\n        notes: notes/{topic}.md\n        key_points:\n");
            for (var k = 1; k <= 4; k++) yaml.Append($"          - Key point {k} of {topic}\n");
            yaml.Append("        practice:\n");
            var types = new[] { "concept", "tradeoff", "scenario", "derivation", "estimation", "coding" };
            for (var p = 1; p <= practice; p++)
                yaml.Append($"          - type: {types[(p - 1) % types.Length]}\n            question: Question {p} of {topic}?\n            answer: Answer {p}.\n");
            ws.Write($"curricula/{id}/notes/{topic}.md",
                $"---\ntrack: {id}\ndomain: Testing\n---\n# Topic {d} of {id} {{#{topic}}}\n\nSome notes about day {d}.\n");
        }
        ws.Write($"curricula/{id}/curriculum.yaml", yaml.ToString());
    }

    public static void WriteConfig(TestWorkspace ws, string json) => ws.Write(".prepcode/config.json", json);

    /// <summary>The repository's shipped curricula folder.</summary>
    public static string ShippedCurricula()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PrepCode.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("PrepCode.sln not found"), "curricula");
    }
}
