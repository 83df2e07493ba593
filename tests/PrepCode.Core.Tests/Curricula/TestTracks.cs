using PrepCode.Core.Curricula;

namespace PrepCode.Core.Tests.Curricula;

/// <summary>Small in-memory tracks and topics for tests that need no YAML.</summary>
internal static class TestTracks
{
    public static Curriculum WithDays(int count) => new(
        $"track-{count}",
        $"Track {count}",
        TrackGroup.SWE,
        "In-memory test track.",
        Enumerable.Range(1, count).Select(n => new CurriculumDay(n, $"Day {n} title", [])).ToList(),
        "/mem/curriculum.yaml",
        IsShipped: true);

    public static CurriculumTopic Topic(params PracticeItem[] practice) => new(
        "test-topic", "Test topic", "Coding Patterns", null,
        ["kp1", "kp2", "kp3", "kp4", "kp5"], practice, 1, "track");

    public static PracticeItem Q(PracticeType type, string question) => new(type, question, null);
}
