namespace PrepCode.Core.Notes;

/// <summary>Finds cards in the lines of one paragraph (a plain paragraph or the text of a list item), assigns
/// card ids (<c>&lt;key&gt;#card/&lt;12 hex of SHA-256 of the normalised question&gt;</c>, "-2", "-3" for repeats).
/// <para>Multi-line: a line holding only <c>?</c> (or <c>??</c>) splits the paragraph into question lines (from the
/// paragraph start) and answer lines (to the paragraph end, i.e. the next blank line).</para>
/// <para>Otherwise each line is looked at alone: a line with a cloze deletion is a cloze card; else a line with a
/// <c>::</c>/<c>:::</c> separator (see <see cref="CardSyntax"/>) is a basic/bidirectional card.</para>
/// <para>Broken cards get a "card" warning: a <c>?</c> line without question lines above it or answer lines below it in
/// its paragraph, and a line that ends with its separator after a question (see <see cref="CardSyntax.EndsWithEmptyAnswer"/>).</para></summary>
internal sealed class CardExtractor(string key, LineMap lines, List<NoteDiagnostic> diagnostics)
{
    public const string BrokenCode = "card";

    /// <summary>What a cloze (<c>==</c>, <c>{{c</c>) or a separator (<c>::</c>, also one left without an answer) starts with.</summary>
    private static readonly System.Buffers.SearchValues<char> SyntaxChars = System.Buffers.SearchValues.Create(":={");

    /// <summary>Cards so far per id hash (the first 6 bytes of the question hash, as the id shows them).</summary>
    private readonly Dictionary<ulong, int> _seen = [];

    public List<Card> Cards { get; } = [];

    /// <summary>Returns how many cards the paragraph gave.</summary>
    public int Extract(List<TextLine> paragraph, string? topicId)
    {
        int before = Cards.Count;
        int split = -1;
        bool both = false;
        for (int i = 0; i < paragraph.Count; i++)
        {
            var t = paragraph[i].PlainSpan.Trim();
            if (t is "?" || t is "??") { split = i; both = t.Length == 2; break; }
        }
        if (split >= 0)
        {
            string q = Join(paragraph, 0, split), a = Join(paragraph, split + 1, paragraph.Count);
            if (q.Length > 0 && a.Length > 0)
            {
                Add(both ? CardKind.MultiLineBidirectional : CardKind.MultiLine, q, a, topicId,
                    lines.ContentStart(paragraph[0].Line), lines.LineEnd(paragraph[^1].Line));
                return Cards.Count - before;
            }
            int at = paragraph[split].Line;
            Broken(at, q.Length == 0
                ? $"Line {at + 1}: this card's \"{(both ? "??" : "?")}\" line has no question above it. Write the question on the lines just above it, in the same paragraph."
                : $"Line {at + 1}: this card's \"{(both ? "??" : "?")}\" line has no answer below it. Write the answer on the lines just below it, with no blank line in between.");
        }
        foreach (var line in paragraph)
        {
            var masked = line.MaskedSpan;
            // Every syntax below needs one of these (most lines have none): one vectorised search instead of three.
            if (masked.IndexOfAny(SyntaxChars) < 0) continue;
            var plain = line.PlainSpan;
            int end = lines.LineEnd(line.Line);
            if (CardSyntax.TryCloze(plain, masked, out string cq, out string ca))
                Add(CardKind.Cloze, cq, ca, topicId, lines.ContentStart(line.Line), end);
            else if (CardSyntax.TrySplit(plain, masked, out var s))
                Add(s.Bidirectional ? CardKind.Bidirectional : CardKind.Basic, s.Question, s.Answer, topicId, lines.ContentStart(line.Line), end);
            else if (CardSyntax.EndsWithEmptyAnswer(plain, masked, out string separator))
                Broken(line.Line, $"Line {line.Line + 1}: this card has no answer after \"{separator}\". Write the answer after it on the same line.");
        }
        return Cards.Count - before;
    }

    private void Broken(int line, string message) =>
        diagnostics.Add(new NoteDiagnostic(lines.Range(lines.ContentStart(line), lines.LineEnd(line)), DiagnosticSeverity.Warning, BrokenCode, message));

    private static string Join(List<TextLine> lines, int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = from; i < to; i++)
        {
            var t = lines[i].PlainSpan.Trim();
            if (t.IsEmpty) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(t);
        }
        return sb.ToString();
    }

    private void Add(CardKind kind, string question, string answer, string? topicId, int start, int endExclusive)
    {
        Span<byte> hash = stackalloc byte[32];
        Hashing.QuestionHash(question, hash);
        Span<char> hex = stackalloc char[12];
        Convert.TryToHexStringLower(hash[..6], hex, out _);
        ulong seenKey = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash) & 0xFFFF_FFFF_FFFF;
        int n = _seen.TryGetValue(seenKey, out int c) ? c + 1 : 1;
        _seen[seenKey] = n;
        string id = n == 1 ? string.Concat(key, "#card/", hex) : string.Concat(key, "#card/", hex, "-" + n);
        Cards.Add(new Card(id, kind, question, answer, topicId, lines.Range(start, endExclusive)));
    }
}
