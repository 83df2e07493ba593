using PrepCode.Core.Storage;

namespace PrepCode.Core.Indexing;

/// <summary>
/// Keeps review history when a heading is renamed or a note moves (DESIGN §4). A schedule whose item id no longer
/// exists is "detached"; an item that has no schedule and whose content key (section text hash, card question) or,
/// failing that, title key matches exactly one detached schedule takes it over. Ambiguous matches (two candidates
/// on either side, e.g. several empty sections) are left alone: nothing is attached to the wrong item.
/// </summary>
public static class HistoryReattacher
{
    private static readonly (Func<StoredItemState, string?> Stored, Func<StudyItem, string> Item)[] Keys =
    [
        (s => s.ContentKey, i => i.ContentKey),
        (s => s.TitleKey, i => i.TitleKey),
    ];

    public static IReadOnlyList<(string OldId, string NewId, string? NotePath)> FindMoves(NoteIndex index, IReadOnlyDictionary<string, StoredItemState> states)
    {
        var detached = states.Values.Where(s => index.Find(s.ItemId) is null).ToList();
        if (detached.Count == 0) return [];
        var unscheduled = index.Items.Where(i => !states.ContainsKey(i.Id)).ToList();
        var moves = new List<(string, string, string?)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (storedKey, itemKey) in Keys)
        {
            var candidatesByKey = detached
                .Where(d => !taken.Contains(d.ItemId) && storedKey(d) is not null)
                .GroupBy(d => storedKey(d)!)
                .ToDictionary(g => g.Key, g => g.ToList());
            foreach (var group in unscheduled.Where(i => !taken.Contains(i.Id)).GroupBy(itemKey))
            {
                if (group.Count() != 1 || !candidatesByKey.TryGetValue(group.Key, out var candidates) || candidates.Count != 1) continue;
                var item = group.First();
                moves.Add((candidates[0].ItemId, item.Id, item.NotePath));
                taken.Add(candidates[0].ItemId);
                taken.Add(item.Id);
            }
        }
        return moves;
    }
}
