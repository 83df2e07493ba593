namespace PrepCode.Core.Storage;

public sealed partial class StudyStore
{
    /// <summary>Every remembered parse, keyed by workspace-relative path.</summary>
    public IReadOnlyDictionary<string, NoteCacheEntry> LoadNoteCache()
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT path, size, mtime_ticks, content_hash, parser_version, document FROM note_cache";
            using var r = cmd.ExecuteReader();
            var result = new Dictionary<string, NoteCacheEntry>(StringComparer.Ordinal);
            while (r.Read())
                result[r.GetString(0)] = new NoteCacheEntry(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetInt32(4), r.GetString(5));
            return result;
        }
    }

    /// <summary>Writes changed entries and removes deleted paths, in one transaction.</summary>
    public void UpdateNoteCache(IReadOnlyCollection<NoteCacheEntry> upserts, IReadOnlyCollection<string> removals)
    {
        if (upserts.Count == 0 && removals.Count == 0) return;
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            foreach (var e in upserts)
            {
                Exec(tx, """
                    INSERT INTO note_cache (path, size, mtime_ticks, content_hash, parser_version, document) VALUES ($p, $s, $m, $h, $v, $d)
                    ON CONFLICT(path) DO UPDATE SET size=$s, mtime_ticks=$m, content_hash=$h, parser_version=$v, document=$d
                    """, ("$p", e.Path), ("$s", e.Size), ("$m", e.MtimeTicks), ("$h", e.ContentHash), ("$v", e.ParserVersion), ("$d", e.DocumentJson));
            }
            foreach (var path in removals) Exec(tx, "DELETE FROM note_cache WHERE path = $p", ("$p", path));
            tx.Commit();
        }
    }
}
