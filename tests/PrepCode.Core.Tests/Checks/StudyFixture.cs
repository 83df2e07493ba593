using PrepCode.Core.Indexing;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;
using PrepCode.Core.Study;

namespace PrepCode.Core.Tests.Checks;

/// <summary>A workspace in memory, a real store in a temp dir and a study service whose clock is fixed on 2026-11-22.</summary>
internal sealed class StudyFixture : IDisposable
{
    public const string DeepLearning = """
        ---
        domain: Deep Learning
        track: ml
        ---
        # Deep learning

        ## Adam optimizer {#adam}

        ### Key points
        - Adam combines momentum with RMSprop scaling
        - Bias correction fixes the zero start of the moment estimates

        ### Practice
        - Why does Adam need bias correction?

        ## Attention {#attention}

        What are Q, K and V in attention?::Projections of the input used as queries, keys and values

        ## Layer norm {#layer-norm}

        ### Key points
        - Normalises each example across its features
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("prepcode-checks-").FullName;

    public StudyFixture()
    {
        Files.Write("notes/dl.md", DeepLearning.Replace("\r\n", "\n", StringComparison.Ordinal));
        Workspace = new NoteWorkspace(Files);
        Workspace.IndexAll();
        Store = StudyStore.Open(Path.Combine(_dir, ".prepcode", "prepcode.db"));
        var settings = StudySettings.Default with { Calendar = new StudyCalendar(TimeZoneInfo.Utc, 4) };
        Service = new StudyService(Workspace, Store, Clock, settings);
    }

    public static DateOnly Today { get; } = new(2026, 11, 22);
    public InMemoryNoteFileSystem Files { get; } = new();
    public NoteWorkspace Workspace { get; }
    public StudyStore Store { get; }
    public StudyService Service { get; }
    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public string CardId => Service.Index.Items.Single(i => i.Kind == StudyItemKind.Card).Id;

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
