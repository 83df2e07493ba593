using PrepCode.Core.Indexing;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Study;

public sealed partial class StudyService
{
    /// <summary>
    /// Once per database (<see cref="StudyStore.SectionKeyMigrationPending"/>), after a full index: topic schedules
    /// stored with a content key of the FNV-1a form (<see cref="StudyItem.LegacySectionKeyPrefix"/>) get the XXH3 one
    /// (<see cref="StudyItem.SectionKeyPrefix"/>), so a heading renamed later still finds its history by content.
    /// A schedule whose item is gone (a heading renamed while an earlier version was not running) is matched first
    /// with the old fingerprints of the topics that have no schedule: their notes are parsed again for it, this once.
    /// Returns how many schedules were re-attached that way. Call it only with the whole workspace indexed: a
    /// schedule of a note not indexed yet would look detached.
    /// </summary>
    public int MigrateSectionKeys()
    {
        lock (_gate)
        {
            if (!_store.SectionKeyMigrationPending) return 0;
            var index = Index;
            var keys = new List<(string ItemId, string ContentKey)>();
            var detached = new Dictionary<string, List<StoredItemState>>(StringComparer.Ordinal);
            foreach (var s in _states.Values)
            {
                if (s.ContentKey is not { } key || !key.StartsWith(StudyItem.LegacySectionKeyPrefix, StringComparison.Ordinal)) continue;
                if (index.Find(s.ItemId) is { } item)
                {
                    if (item.Kind == StudyItemKind.Topic) keys.Add((s.ItemId, item.ContentKey));
                }
                else if (detached.TryGetValue(key, out var list)) list.Add(s);
                else detached[key] = [s];
            }

            var moves = detached.Count == 0 ? [] : LegacyMoves(index, detached);
            if (moves.Count > 0) ApplyMoves(moves);
            foreach (var (_, newId, _) in moves) keys.Add((newId, index.Find(newId)!.ContentKey));
            _store.FinishSectionKeyMigration(keys);
            foreach (var (id, key) in keys) _states[id] = _states[id] with { ContentKey = key };
            return moves.Count;
        }
    }

    /// <summary>Detached schedules (by their FNV-1a key) matched to topics without a schedule whose section has that
    /// fingerprint: one schedule to one topic, as <see cref="HistoryReattacher"/> matches.</summary>
    private List<(string OldId, string NewId, string? NotePath)> LegacyMoves(NoteIndex index, Dictionary<string, List<StoredItemState>> detached)
    {
        var byKey = new Dictionary<string, List<StudyItem>>(StringComparer.Ordinal);
        foreach (var group in index.Items.Where(i => i.Kind == StudyItemKind.Topic && !_states.ContainsKey(i.Id)).GroupBy(i => i.NotePath))
        {
            var ids = group.ToDictionary(i => i.Id, StringComparer.Ordinal);
            if (_workspace.Document(group.Key) is not { } doc) continue;
            foreach (var topic in doc.Topics)
            {
                if (!ids.TryGetValue(topic.Id, out var item) || topic.LegacySectionFingerprint is not { } fingerprint) continue;
                var key = StudyItem.LegacySectionKeyPrefix + Notes.Hashing.FingerprintHex(fingerprint);
                if (byKey.TryGetValue(key, out var list)) list.Add(item);
                else byKey[key] = [item];
            }
        }
        var moves = new List<(string, string, string?)>();
        foreach (var (key, states) in detached)
        {
            if (states.Count == 1 && byKey.TryGetValue(key, out var items) && items.Count == 1)
                moves.Add((states[0].ItemId, items[0].Id, items[0].NotePath));
        }
        return moves;
    }
}
