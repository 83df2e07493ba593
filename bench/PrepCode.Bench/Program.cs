using System.Diagnostics;
using Markdig;
using PrepCode.Bench;
using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Study;

// dotnet run -c Release --project bench/PrepCode.Bench -- [notes=10000] [folder] [--only 1,2,5] [--reuse]
// --only runs the listed sections (1 Markdig, 2 index, 3 re-index, 4 due query, 5 sidecar; 3 and 4 need 2);
// --reuse keeps an existing corpus folder instead of writing it again, and an existing dist/server instead of
// publishing it again (section 5 measures the sidecar as shipped). The default runs everything on a new corpus.
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var onlyAt = Array.IndexOf(args, "--only");
var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1].Split(',').ToHashSet() : null;
if (only is not null) positional.Remove(args[onlyAt + 1]);
bool Runs(int section) => only is null || only.Contains(section.ToString(System.Globalization.CultureInfo.InvariantCulture));
var notes = positional.Count > 0 ? int.Parse(positional[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var root = positional.Count > 1 ? positional[1] : Path.Combine(Path.GetTempPath(), $"prepcode-bench-{notes}");
if (!(args.Contains("--reuse") && Directory.Exists(root)))
{
    if (Directory.Exists(root)) Directory.Delete(root, true);
    Directory.CreateDirectory(root);
    var bytes = CorpusGenerator.Write(root, notes, seed: 42);
    Console.WriteLine($"corpus: {notes} notes, {bytes / 1e6:F1} MB in {root}");
}
else Console.WriteLine($"corpus: reused {root}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

// 1. Markdig alone: read every file and parse it, same extensions; with the same parallelism as the index, and on one
//    thread (the reference DESIGN §2 names: "Markdig alone, 1 thread").
// 2. Full index from disk (walk + read + parse + extract + build); and the parser alone.
// The three run interleaved, round by round, best of 5 each: the machine is shared, and load that comes and goes
// then weighs on all three alike.
var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().UsePipeTables().UseTaskLists().UseGenericAttributes().Build();
var files = new DiskNoteFileSystem(root).EnumerateNotes();
double MarkdigAlone() => Stats.Time(() => Parallel.ForEach(files, f => Markdown.Parse(File.ReadAllText(Path.Combine(root, f.Path)), pipeline)));
// DESIGN §2's reference: Markdig alone on one thread.
double MarkdigOneThread() => Stats.Time(() => { foreach (var f in files) Markdown.Parse(File.ReadAllText(Path.Combine(root, f.Path)), pipeline); });
double ParserAlone() => Stats.Time(() => Parallel.ForEach(files, f => PrepCode.Core.Notes.NoteParser.ParseBytes(f.Path, File.ReadAllBytes(Path.Combine(root, f.Path)))));
double FullIndex() => Stats.Time(() => new NoteWorkspace(new DiskNoteFileSystem(root)).IndexAll());
double markdig = double.NaN, markdig1 = double.NaN, fullIndex = double.MaxValue, parseOnly = double.MaxValue;
NoteWorkspace? workspace = null;
if (Runs(1) || Runs(2))
{
    MarkdigAlone();                                       // warm-up (JIT, file cache)
    if (Runs(2)) { FullIndex(); ParserAlone(); }
    if (Runs(1)) markdig = markdig1 = double.MaxValue;
    for (var round = 0; round < 5; round++)
    {
        if (Runs(1)) { markdig = Math.Min(markdig, MarkdigAlone()); markdig1 = Math.Min(markdig1, MarkdigOneThread()); }
        if (Runs(2)) { fullIndex = Math.Min(fullIndex, FullIndex()); parseOnly = Math.Min(parseOnly, ParserAlone()); }
    }
    if (Runs(1))
    {
        Console.WriteLine($"Markdig alone (read + parse, {Environment.ProcessorCount} threads): {markdig:F0} ms");
        Console.WriteLine($"Markdig alone (read + parse, 1 thread, DESIGN §2's reference): {markdig1:F0} ms");
    }
}
if (Runs(2))
{
    Console.WriteLine($"NoteParser alone (read + full parse, tables too): {parseOnly:F0} ms = {parseOnly / markdig:F2}x Markdig");
    Console.WriteLine($"full index (walk + read + parse + extract + build): {fullIndex:F0} ms = {fullIndex / markdig:F2}x Markdig on {Environment.ProcessorCount} threads, {fullIndex / markdig1:F2}x Markdig on 1 thread   [target <= 1.5x]");
    var heapBefore = GC.GetTotalMemory(true);
    workspace = new NoteWorkspace(new DiskNoteFileSystem(root));
    workspace.IndexAll();
    var heap = GC.GetTotalMemory(true) - heapBefore;
    Console.WriteLine($"index: {workspace.Snapshot.Notes.Count} notes, {workspace.Snapshot.ItemCount} study items, {heap / 1048576.0:F0} MB of managed heap");

    // Restart with the persisted index: the entries written once (a store in a temp folder), then a new workspace
    // over the same store (walk with times + read + decode + build), best of 5.
    var dbDir = Directory.CreateTempSubdirectory("prepcode-bench-db-").FullName;
    using (var store = PrepCode.Core.Storage.StudyStore.Open(Path.Combine(dbDir, "prepcode.db")))
    {
        var first = new NoteWorkspace(new DiskNoteFileSystem(root), store);
        first.IndexAll();
        var saveMs = Stats.Time(() => first.SavePersistedIndex());
        first = null;
        var parsed = -1;
        var restart = double.MaxValue;
        for (var round = 0; round < 5; round++)
            restart = Math.Min(restart, Stats.Time(() => parsed = new NoteWorkspace(new DiskNoteFileSystem(root), store).IndexAll().Reparsed));
        Console.WriteLine($"restart with the persisted index (walk with times + read + decode + build): {restart:F0} ms, {parsed} parsed ({restart / fullIndex:F2}x the full index); writing it: {saveMs:F0} ms, {Directory.GetFiles(dbDir).Sum(f => new FileInfo(f).Length) / 1048576.0:F0} MB of database files (with its WAL)");
    }
    Directory.Delete(dbDir, true);
}

// 3. One-note re-index (an editor change): p50 / p95.
if (Runs(3) && workspace is not null)
{
    var sample = File.ReadAllText(Path.Combine(root, files[files.Count / 2].Path));
    var version = 0;
    var (r50, r95) = Stats.Repeat(300, () => workspace.UpdateOpenDocument(files[files.Count / 2].Path, sample + $"\nedit {version}\n", ++version));
    Console.WriteLine($"one-note re-index: p50 {r50:F2} ms, p95 {r95:F2} ms   [target p95 <= 5 ms]");
}

// 4. Due query with 100,000 scheduled items, through the StudyService the sidecar uses (schedule in a real store).
if (Runs(4) && workspace is not null) DueBench.Run(workspace, files[files.Count / 3].Path, Path.Combine(root, files[files.Count / 3].Path));

// 5. The real sidecar: start to initialize answered, first index done, peak memory.
if (Runs(5))
{
    workspace = null;
    var dll = SidecarProbe.Publish(reuse: args.Contains("--reuse"));
    Console.WriteLine($"sidecar: {dll}");
    var cold = SidecarProbe.Run(dll, root);
    Directory.Delete(Path.Combine(root, ".prepcode"), true);
    var coldIndex = SidecarProbe.Run(dll, root);
    var warmStart = SidecarProbe.Run(dll, root);
    Console.WriteLine($"sidecar start -> initialize answered: {Math.Min(cold.InitializeMs, warmStart.InitializeMs):F0} ms   [target <= 300 ms]");
    Console.WriteLine($"sidecar first index: new database {coldIndex.IndexedMs:F0} ms ({coldIndex.Parsed} parsed), existing database {warmStart.IndexedMs:F0} ms ({warmStart.Parsed} parsed)");
    Console.WriteLine($"sidecar persisting the index after the first due counts: {coldIndex.SaveMs:F0} ms (new database)");
    Console.WriteLine($"sidecar peak memory (VmHWM) at the first due counts: new database {coldIndex.PeakAtCountsBytes / 1048576.0:F0} MB, existing database {warmStart.PeakAtCountsBytes / 1048576.0:F0} MB");
    Console.WriteLine($"sidecar peak memory (VmHWM) over the start (index persisted, Due tree and stats answered, 3 s idle): new database {coldIndex.PeakBytes / 1048576.0:F0} MB, existing database {warmStart.PeakBytes / 1048576.0:F0} MB   [target <= 150 MB]");
}
return 0;
