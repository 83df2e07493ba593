using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PrepCode.Core.Notes;

/// <summary>Finds the YAML front matter block at the top of a note and reads the fields PrepCode knows.
/// Problems become "front-matter" diagnostics; fields that could not be read keep their defaults.</summary>
internal static class FrontMatterReader
{
    public const string Code = "front-matter";

    /// <param name="BodyStart">Offset where the Markdown body starts (0 when there is no front matter).</param>
    public readonly record struct Result(FrontMatter FrontMatter, int BodyStart);

    public static Result Read(string text, LineMap lines, List<NoteDiagnostic> diagnostics)
    {
        if (lines.LineCount < 1 || !IsFence(lines.LineText(0), allowDots: false)) return new Result(FrontMatter.Empty, 0);

        int close = -1;
        for (int line = 1; line < lines.LineCount; line++)
        {
            if (IsFence(lines.LineText(line), allowDots: true)) { close = line; break; }
        }
        if (close < 0)
        {
            diagnostics.Add(new NoteDiagnostic(lines.LineRange(0), DiagnosticSeverity.Warning, Code,
                "Front matter line 1: the '---' block is never closed by another '---' line; the note is read as Markdown without front matter."));
            return new Result(FrontMatter.Empty, 0);
        }

        int bodyStart = close + 1 < lines.LineCount ? lines.LineStart(close + 1) : text.Length;
        int yamlStart = lines.LineStart(1);
        int yamlEnd = lines.LineStart(close);
        if (text.AsSpan(yamlStart, yamlEnd - yamlStart).IsWhiteSpace())
        {
            diagnostics.Add(new NoteDiagnostic(lines.LineRange(0), DiagnosticSeverity.Warning, Code,
                "Front matter line 1: the front matter block is empty; remove it or add fields such as 'domain:'."));
            return new Result(FrontMatter.Empty, bodyStart);
        }

        var builder = new FrontMatterBuilder(lines, diagnostics);
        if (SimpleFrontMatter.TryRead(text.AsSpan(yamlStart, yamlEnd - yamlStart), builder)) return new Result(builder.Build(), bodyStart);
        try
        {
            ReadYaml(text.Substring(yamlStart, yamlEnd - yamlStart), builder);
        }
        catch (YamlException ex)
        {
            int line = (int)Math.Min(ex.Start.Line, close - 1);
            builder.Problem(Math.Max(1, line), $"the YAML is malformed ({Plain(ex.Message)}); fields after this point are ignored.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            builder.Problem(1, "the YAML is malformed and could not be read to the end; fields after the problem are ignored.");
        }
        return new Result(builder.Build(), bodyStart);
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var t = line.TrimEnd();
        return t.SequenceEqual("---") || (allowDots && t.SequenceEqual("..."));
    }

    private static string Plain(string message)
    {
        // YamlDotNet messages start with "(Line: 3, Col: 1, Idx: ..) - (...): "; keep the words.
        int i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (i >= 0 ? message[(i + 3)..] : message).Trim().TrimEnd('.');
    }

    private static void ReadYaml(string yaml, FrontMatterBuilder builder)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _)) return;
        parser.Consume<DocumentStart>();
        if (!parser.TryConsume<MappingStart>(out _))
        {
            var start = parser.Current?.Start;
            builder.Problem(start is { } s ? (int)s.Line : 1, "the front matter is not a list of 'key: value' fields; it is ignored.");
            return;
        }
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                var at = parser.Current!.Start;
                builder.Problem((int)at.Line, "a key is not plain text; that entry is ignored.");
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
                continue;
            }
            int keyLine = (int)key.Start.Line;
            if (parser.TryConsume<Scalar>(out var value))
            {
                builder.Scalar(key.Value, value.Value, keyLine, value.Style == ScalarStyle.Plain && value.Value.Length == 0);
            }
            else if (parser.TryConsume<SequenceStart>(out _))
            {
                var items = new List<string>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    if (parser.TryConsume<Scalar>(out var item)) items.Add(item.Value);
                    else parser.SkipThisAndNestedEvents();
                }
                builder.Sequence(key.Value, items, keyLine);
            }
            else
            {
                parser.SkipThisAndNestedEvents();
                builder.Nested(key.Value, keyLine);
            }
        }
    }
}
