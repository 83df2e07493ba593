using PrepCode.Core.Indexing;

namespace PrepCode.Core.Tests.Indexing;

public class OwnerMapTests
{
    private static StudyItem Item(string id) =>
        new(id, StudyItemKind.Card, "n.md", id, "a", null, default, null, null, ["a"], [], "t", "c");

    [Fact]
    public void Sets_and_removes_on_a_base_and_its_overlay_read_like_a_dictionary_across_merges()
    {
        var rng = new Random(11);
        var reference = new Dictionary<string, StudyItem>(StringComparer.Ordinal);
        for (var i = 0; i < 300; i++) reference[$"id{i}"] = Item($"id{i}");
        var map = OwnerMap.Of(new Dictionary<string, StudyItem>(reference, StringComparer.Ordinal));
        for (var step = 0; step < 400; step++)
        {
            var builder = map.ToBuilder();
            for (var k = 0; k < 5; k++)
            {
                var id = $"id{rng.Next(500)}";
                if (rng.Next(2) == 0) { var item = Item(id); builder.Set(id, item); reference[id] = item; }
                else { builder.Remove(id); reference.Remove(id); }
            }
            var before = map;
            map = builder.ToImmutable();
            Assert.Equal(reference.Count, map.Count);
            foreach (var id in Enumerable.Range(0, 500).Select(i => $"id{i}"))
            {
                Assert.Equal(reference.TryGetValue(id, out var expected), map.TryGetValue(id, out var actual));
                if (expected is not null) Assert.Same(expected, actual);
            }
            Assert.True(before.Count >= 0);                      // older snapshots stay readable
        }
    }
}
