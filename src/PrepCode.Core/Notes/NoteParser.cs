using Markdig;

namespace PrepCode.Core.Notes;

/// <summary>Parses one Markdown note into a <see cref="NoteDocument"/>. Never throws on bad input: problems become diagnostics.</summary>
public static class NoteParser
{
    /// <summary>Notes larger than this many chars get an Information diagnostic (they are still parsed).</summary>
    public const int LargeNoteChars = 10 * 1024 * 1024;

    /// <summary>The pipelines: with front matter or without (for notes without a well-formed front matter block: Markdig
    /// would take an unclosed '---' block as front matter running to the end of the file); for a full parse or for the
    /// index (<see cref="PlainParagraphs"/> then leaves tables unparsed).</summary>
    private static readonly MarkdownPipeline Pipeline = Build(frontMatter: true, forIndex: false);
    private static readonly MarkdownPipeline PipelineWithoutFrontMatter = Build(frontMatter: false, forIndex: false);
    private static readonly Lazy<MarkdownPipeline> IndexPipeline = new(() => Build(frontMatter: true, forIndex: true));
    private static readonly Lazy<MarkdownPipeline> IndexPipelineWithoutFrontMatter = new(() => Build(frontMatter: false, forIndex: true));

    private static MarkdownPipeline Build(bool frontMatter, bool forIndex)
    {
        var builder = new MarkdownPipelineBuilder();
        if (frontMatter) builder.UseYamlFrontMatter();
        builder.UsePreciseSourceLocation().UsePipeTables().UseTaskLists().UseGenericAttributes();
        builder.Extensions.Add(new PlainParagraphs(forIndex));
        return builder.Build();
    }

    /// <summary>Parse text (an editor buffer).</summary>
    public static NoteDocument Parse(string path, string text)
    {
        text ??= string.Empty;
        return ParseText(path, text, Hashing.ContentHash(text), [], forIndex: false);
    }

    /// <summary>Parse text for the index: <see cref="NoteDocument.Tables"/> and <see cref="NoteDocument.Scores"/> are
    /// left empty; everything the index keeps (<see cref="Indexing.IndexedNote"/>, the study items) is as
    /// <see cref="Parse"/> gives it.</summary>
    internal static NoteDocument ParseForIndex(string path, string text)
    {
        text ??= string.Empty;
        return ParseText(path, text, Hashing.ContentHash(text), [], forIndex: true);
    }

    /// <summary>Parse a file's bytes: handles a BOM, invalid UTF-8 and binary content.</summary>
    public static NoteDocument ParseBytes(string path, ReadOnlySpan<byte> bytes) => ParseBytes(path, bytes, forIndex: false);

    /// <summary><see cref="ParseBytes(string, ReadOnlySpan{byte})"/> for the index, as <see cref="ParseForIndex"/>.</summary>
    internal static NoteDocument ParseBytesForIndex(string path, byte[] bytes) => ParseBytes(path, bytes, forIndex: true);

    private static NoteDocument ParseBytes(string path, ReadOnlySpan<byte> bytes, bool forIndex)
    {
        string hash = Hashing.ContentHash(bytes);
        var decoded = TextDecoding.Decode(bytes);
        if (decoded.LooksBinary) return Binary(path, hash);
        var diagnostics = new List<NoteDiagnostic>();
        if (decoded.FirstInvalidLine is int line)
        {
            diagnostics.Add(new NoteDiagnostic(SourceRange.Line(line - 1, 0, 0), DiagnosticSeverity.Warning, "encoding",
                $"The note is not valid UTF-8 at line {line}; it is shown with replacement characters."));
        }
        return ParseText(path, decoded.Text, hash, diagnostics, forIndex);
    }

    private static NoteDocument ParseText(string path, string text, string hash, List<NoteDiagnostic> diagnostics, bool forIndex)
    {
        path = (path ?? string.Empty).Replace('\\', '/');
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (TextDecoding.LooksBinary(text)) return Binary(path, hash);

        var lines = new LineMap(text);
        bool crlf = UsesCrlf(text);
        if (text.Length > LargeNoteChars)
        {
            diagnostics.Add(new NoteDiagnostic(SourceRange.Line(0, 0, 0), DiagnosticSeverity.Information, "large-note",
                $"This is a large note ({text.Length / (1024 * 1024)} MB); it is parsed, but editing and indexing it may be slow."));
        }

        var fm = FrontMatterReader.Read(text, lines, diagnostics);
        string key = fm.FrontMatter.Id ?? path;
        var walker = new NoteWalker(key, lines, fm.BodyStart, diagnostics, forIndex);
        List<Topic> topics = [];
        try
        {
            var pipeline = forIndex
                ? (fm.BodyStart > 0 ? IndexPipeline.Value : IndexPipelineWithoutFrontMatter.Value)
                : (fm.BodyStart > 0 ? Pipeline : PipelineWithoutFrontMatter);
            var document = Markdown.Parse(text, pipeline);
            walker.Walk(document);
            topics = walker.Topics.Finish(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(new NoteDiagnostic(SourceRange.Line(0, 0, 0), DiagnosticSeverity.Error, "parse-error",
                $"The note could not be read completely ({ex.GetType().Name}); items found before the problem are kept."));
        }

        return new NoteDocument(path, key, hash, fm.FrontMatter, topics, walker.Cards, walker.Practice, walker.KeyPoints,
            walker.Tasks, walker.Tables, walker.Scores, diagnostics, crlf);
    }

    private static bool UsesCrlf(string text)
    {
        int i = text.AsSpan().IndexOfAny('\r', '\n');
        return i >= 0 && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
    }

    private static NoteDocument Binary(string path, string hash)
    {
        path = (path ?? string.Empty).Replace('\\', '/');
        var fm = FrontMatter.Empty with { Prep = false };
        NoteDiagnostic[] diagnostics =
        [
            new(SourceRange.Line(0, 0, 0), DiagnosticSeverity.Warning, "binary",
                "This file looks like a binary file (it contains NUL bytes), not a Markdown note; it is skipped."),
        ];
        return new NoteDocument(path, path, hash, fm, [], [], [], [], [], [], [], diagnostics, false);
    }
}
