using Markdig;
using PrepCode.Bench;
using PrepCode.Core.Indexing;

// dotnet run -c Release --project bench/PrepCode.Bench -- [notes=10000] [folder] [--sections=1,2,3,4,5]
// --sections picks which figures to measure (default all); the index is built in any case.
var sections = args.FirstOrDefault(a => a.StartsWith("--sections=", StringComparison.Ordinal)) is { } only
    ? only["--sections=".Length..].Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet()
    : [1, 2, 3, 4, 5];
args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
var notes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var root = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"prepcode-bench-{notes}");
if (Directory.Exists(root)) Directory.Delete(root, true);
Directory.CreateDirectory(root);
var bytes = CorpusGenerator.Write(root, notes, seed: 42);
Console.WriteLine($"corpus: {notes} notes, {bytes / 1e6:F1} MB in {root}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

// 1. Markdig alone: read every file and parse it, same extensions and the same parallelism as the index.
var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().UsePipeTables().UseTaskLists().UseGenericAttributes().Build();
var files = new DiskNoteFileSystem(root).EnumerateNotes();
double MarkdigAlone() => Stats.Time(() => Parallel.ForEach(files, f => Markdown.Parse(File.ReadAllText(Path.Combine(root, f.Path)), pipeline)));
var markdig = double.NaN;
if (sections.Contains(1))
{
    MarkdigAlone();                                       // warm-up (JIT, file cache)
    markdig = Enumerable.Range(0, 3).Min(_ => MarkdigAlone());
    Console.WriteLine($"Markdig alone (read + parse, {Environment.ProcessorCount} threads): {markdig:F0} ms");
    if (sections.Contains(2))
    {
        var parseOnly = Enumerable.Range(0, 2).Min(_ => Stats.Time(() => Parallel.ForEach(files, f => PrepCode.Core.Notes.NoteParser.ParseBytes(f.Path, File.ReadAllBytes(Path.Combine(root, f.Path))))));
        Console.WriteLine($"NoteParser alone (read + parse): {parseOnly:F0} ms = {parseOnly / markdig:F2}x Markdig");
    }
}

// 2. Full index from disk (walk + read + parse + extract + build), best of 3 (one build when only other sections run).
double fullIndex = double.MaxValue;
NoteWorkspace? workspace = null;
for (var round = 0; round < (sections.Contains(2) ? 3 : 1); round++)
{
    var ws = new NoteWorkspace(new DiskNoteFileSystem(root));
    var t = Stats.Time(() => ws.IndexAll());
    if (t < fullIndex) { fullIndex = t; workspace = ws; }
}
var index = workspace!.Snapshot;
if (sections.Contains(2)) Console.WriteLine($"full index (walk + read + parse + extract + build): {fullIndex:F0} ms = {fullIndex / markdig:F2}x Markdig   [target <= 1.5x]");
Console.WriteLine($"index: {index.Notes.Count} notes, {index.ItemCount} study items");

// 3. One-note re-index (an editor change): p50 / p95.
if (sections.Contains(3))
{
    var sample = File.ReadAllText(Path.Combine(root, files[files.Count / 2].Path));
    var version = 0;
    var (r50, r95) = Stats.Repeat(300, () => workspace.UpdateOpenDocument(files[files.Count / 2].Path, sample + $"\nedit {version}\n", ++version));
    Console.WriteLine($"one-note re-index: p50 {r50:F2} ms, p95 {r95:F2} ms   [target p95 <= 5 ms]");
}

// 4. Due query with 100,000 scheduled items, through the StudyService the sidecar uses (schedule in a real store).
if (sections.Contains(4)) DueBench.Run(workspace, files[files.Count / 3].Path, Path.Combine(root, files[files.Count / 3].Path));

// 5. The real sidecar: start to initialize answered, first index done, peak memory.
if (sections.Contains(5))
{
    var cold = SidecarProbe.Run(root);
    Directory.Delete(Path.Combine(root, ".prepcode"), true);
    var coldIndex = SidecarProbe.Run(root);
    var warmStart = SidecarProbe.Run(root);
    Console.WriteLine($"sidecar start -> initialize answered: {Math.Min(cold.InitializeMs, warmStart.InitializeMs):F0} ms   [target <= 300 ms]");
    Console.WriteLine($"sidecar first index: new database {coldIndex.IndexedMs:F0} ms, existing database {warmStart.IndexedMs:F0} ms");
    Console.WriteLine($"sidecar peak memory (VmHWM): {Math.Max(coldIndex.PeakBytes, warmStart.PeakBytes) / 1048576.0:F0} MB   [target <= 150 MB]");
}
return 0;
