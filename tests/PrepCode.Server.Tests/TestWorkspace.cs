namespace PrepCode.Server.Tests;

/// <summary>A temporary folder of notes in the seeds' style, deleted after the test.</summary>
public sealed class TestWorkspace : IDisposable
{
    public TestWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("prepcode-server-").FullName;
        Write("notes/optimizers.md", """
            ---
            domain: Deep Learning
            track: ml-algorithms
            ---
            # 🧠 Optimizers

            ## Adam optimizer {#adam}

            What does Adam combine?:: Momentum and RMSprop, with bias correction.

            ### Key points
            - Running means of gradients and squared gradients
            - Bias correction matters in the first steps

            ## SGD with momentum {#sgd-momentum}

            Why add momentum to SGD?:: It damps oscillations and speeds progress along consistent directions.
            """);
        Write("notes/broken.md", "---\ndomain: [oops\n---\n# Broken front matter\n\nStill a card?:: yes\n");
    }

    public string Root { get; }

    public string Uri(string relative) => new Uri(Path.Combine(Root, relative)).AbsoluteUri;

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
