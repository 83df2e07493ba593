using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>
/// Interview weight per domain, in percent. Defaults from seed 003: Deep Learning 25, ML Fundamentals 20,
/// ML System Design 18, Classical ML 15, NLP 12, Practical ML 10. Overridden by the plan's Quick Stats labels
/// ("A. ML Fundamentals (20%)") and by note front matter (<c>domain</c> + <c>weight</c>; a weight ≤ 1 is a fraction).
/// Domains compare ignoring case and punctuation.
/// </summary>
public sealed class DomainWeights
{
    private readonly Dictionary<string, (string Name, double Weight)> _weights;

    private DomainWeights(Dictionary<string, (string, double)> weights) => _weights = weights;

    public static DomainWeights Defaults { get; } = new DomainWeights([])
        .With("Deep Learning", 25).With("ML Fundamentals", 20).With("ML System Design", 18)
        .With("Classical ML", 15).With("NLP", 12).With("Practical ML", 10);

    public static DomainWeights None { get; } = new([]);

    public IReadOnlyCollection<(string Name, double Weight)> All => _weights.Values;

    public double? Of(string domain) => _weights.TryGetValue(QuickStatsEditor.Key(domain), out var w) ? w.Weight : null;

    public DomainWeights With(string domain, double weight)
    {
        var copy = new Dictionary<string, (string, double)>(_weights, StringComparer.Ordinal) { [QuickStatsEditor.Key(domain)] = (domain, weight) };
        return new DomainWeights(copy);
    }

    /// <summary>Weights from the "(20%)" labels of the plan's Quick Stats table.</summary>
    public DomainWeights WithQuickStats(NoteDocument plan)
    {
        var result = this;
        var table = plan.Tables.FirstOrDefault(t => t.Header.Count > 0 && t.Header[0].Contains("Domain", StringComparison.OrdinalIgnoreCase));
        if (table is null) return result;
        foreach (var row in table.Rows)
            if (row.Count > 0 && QuickStatsEditor.WeightIn(row[0]) is { } w) result = result.With(QuickStatsEditor.DomainName(row[0]), w);
        return result;
    }

    /// <summary>Weights from notes whose front matter has both <c>domain</c> and <c>weight</c>.</summary>
    public DomainWeights WithFrontMatter(IEnumerable<NoteDocument> notes) => WithFrontMatter(notes.Select(n => n.FrontMatter));

    /// <summary>As above, for the notes of an index.</summary>
    public DomainWeights WithFrontMatter(IEnumerable<Indexing.IndexedNote> notes) => WithFrontMatter(notes.Select(n => n.FrontMatter));

    private DomainWeights WithFrontMatter(IEnumerable<FrontMatter> frontMatters)
    {
        var result = this;
        foreach (var fm in frontMatters)
            if (fm is { Domain: { } d, Weight: { } w }) result = result.With(d, w <= 1 ? w * 100 : w);
        return result;
    }
}
