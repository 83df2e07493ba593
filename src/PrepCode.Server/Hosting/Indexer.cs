namespace PrepCode.Server.Hosting;

/// <summary>Runs full indexing in the background, one run at a time, with progress, diagnostics and due counts.</summary>
internal sealed class Indexer(SessionHolder holder, ClientNotifier notifier)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private Task _current = Task.CompletedTask;

    public Task Current => _current;

    /// <summary>The last write of the persisted index (the session's store stays open until it is done).</summary>
    public Task Saved { get; private set; } = Task.CompletedTask;

    private int _started;

    /// <summary>One blocking, compacting collection that also returns the freed memory to the system (bench/README.md).</summary>
    private static void Compact() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    public void Start()
    {
        Interlocked.Exchange(ref _started, 1);
        _current = RunAsync(CancellationToken.None);
    }

    /// <summary>The session once its first index is done (starting that index if the client asked for data before
    /// sending <c>initialized</c>). Every request that reads the index waits here.</summary>
    public async Task<ServerSession> ReadyAsync(CancellationToken ct)
    {
        var session = holder.Require();
        EnsureStarted();
        await session.Indexed.WaitAsync(ct);
        return holder.Require();
    }

    /// <summary>Starts the first index if the client asked for data before sending <c>initialized</c>.</summary>
    public void EnsureStarted()
    {
        if (Interlocked.CompareExchange(ref _started, 1, 0) == 0) _current = RunAsync(CancellationToken.None);
    }

    public async Task<Core.Indexing.IndexSummary> RunAsync(CancellationToken ct)
    {
        var session = holder.Require();
        await _one.WaitAsync(ct);
        var saving = false;
        try
        {
            var progress = new IndexingProgress(notifier, holder.ClientSupportsProgress);
            await progress.BeginAsync(ct);
            var started = DateTimeOffset.UtcNow;
            var summary = await Task.Run(() => session.IndexAll(progress, ct), ct);
            // A large walk leaves its parse trees (or read entries) as garbage: one compacting collection returns that
            // memory before the due counts and diagnostics allocate more, so the process's peak stays the walk's
            // (bench/README.md).
            if (summary.Notes >= 1000) Compact();
            var ms = (DateTimeOffset.UtcNow - started).TotalMilliseconds;
            Log.Info($"indexed {summary.Notes} notes, {summary.Items} items, {summary.Diagnostics} diagnostics ({summary.Reparsed} parsed) in {ms:F0} ms");
            await progress.EndAsync($"{summary.Notes} notes, {summary.Items} study items", summary.Notes);
            await notifier.PublishDiagnosticsAsync(session, session.Workspace.Snapshot.Notes.Keys, []);
            await TrackFiles.PublishAsync(session, notifier);     // curriculum problems, for every LSP editor
            await notifier.DueChangedAsync(session, force: true);
            // Off the request path: the index is persisted after the first due counts; the next run waits for it.
            saving = true;
            Saved = Task.Run(() =>
            {
                // The due counts' garbage goes first, so writing many entries does not add to it (bench/README.md).
                if (summary.Reparsed >= 1000) Compact();
                try
                {
                    session.SaveIndex();
                    // And the write's garbage (encoded entries, SQLite buffers) before the editor's first requests.
                    if (summary.Reparsed >= 1000) Compact();
                }
                finally { _one.Release(); }
            }, CancellationToken.None);
            return summary;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Error("indexing failed", e);
            await notifier.ShowMessageAsync(1, $"PrepCode could not index the workspace: {e.Message}");
            throw;
        }
        finally
        {
            if (!saving) _one.Release();
        }
    }
}
