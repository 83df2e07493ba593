using System.Text;

namespace PrepCode.Bench;

/// <summary>Writes a realistic corpus of study notes: front matter, emoji headings, cards of every syntax, key points,
/// practice questions, checklists, tables, code blocks, some CRLF files. Deterministic for a seed.</summary>
internal static class CorpusGenerator
{
    private static readonly string[] Domains = ["Deep Learning", "ML Fundamentals", "ML System Design", "Classical ML", "NLP", "Practical ML"];
    private static readonly string[] Words = "gradient attention batch variance bias regularization embedding latency throughput shard replica cache token optimizer momentum recall precision tree boosting kernel margin cluster feature store drift monitor serving retrieval ranking".Split(' ');

    public static long Write(string root, int notes, int seed)
    {
        var rng = new Random(seed);
        long bytes = 0;
        for (var i = 0; i < notes; i++)
        {
            var dir = Path.Combine(root, $"area{i % 40:00}", $"week{i % 12:00}");
            Directory.CreateDirectory(dir);
            var text = Note(rng, i);
            if (i % 5 == 0) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            var data = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(dir, $"note-{i:00000}.md"), data);
            bytes += data.Length;
        }
        return bytes;
    }

    private static string Sentence(Random rng, int n) =>
        string.Join(' ', Enumerable.Range(0, n).Select(_ => Words[rng.Next(Words.Length)]));

    private static string Note(Random rng, int i)
    {
        var sb = new StringBuilder(6000);
        sb.Append($"---\ndomain: {Domains[i % Domains.Length]}\ntrack: track-{i % 4}\ntags: [{Words[i % Words.Length]}, prep]\n---\n");
        sb.Append($"# 🧠 Note {i}: {Sentence(rng, 3)}\n\n");
        for (var t = 0; t < 4; t++)
        {
            sb.Append($"## {Sentence(rng, 3)} {t} {(t == 0 ? $"{{#topic-{i}-{t}}}" : "")}\n\n");
            for (var p = 0; p < 6; p++) sb.Append(Sentence(rng, 18)).Append(p % 2 == 0 ? ".\n" : " ✅.\n");
            sb.Append('\n');
            sb.Append($"What is {Sentence(rng, 3)} in case {t}?:: {Sentence(rng, 10)}.\n\n");
            if (t % 2 == 0) sb.Append($"The ==key term {t}== explains {Sentence(rng, 6)}.\n\n");
            if (t == 1) sb.Append($"Explain {Sentence(rng, 4)}\n?\n{Sentence(rng, 12)}\n\n");
            sb.Append("### Key points\n");
            for (var k = 0; k < 3; k++) sb.Append($"- {Sentence(rng, 9)}\n");
            sb.Append("\n### Practice\n");
            for (var q = 0; q < 2; q++) sb.Append($"- Why does {Sentence(rng, 5)} matter?\n");
            sb.Append("\n- [x] Read the paper 🎉\n- [ ] Implement it from scratch\n\n");
            if (t == 2)
            {
                sb.Append("| Metric | Value | Status |\n|---|---|---|\n");
                for (var r = 0; r < 5; r++) sb.Append($"| {Words[rng.Next(Words.Length)]} | {rng.Next(100)}% | 🟡 |\n");
                sb.Append("\n```python\nx = a::b  # not a card\nfor i in range(10):\n    print(i)\n```\n\n");
            }
        }
        sb.Append("**Score**: 86.5%\n");
        return sb.ToString();
    }
}
