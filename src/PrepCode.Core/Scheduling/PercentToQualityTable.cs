namespace PrepCode.Core.Scheduling;

/// <summary>
/// Maps a knowledge-check percent to SM-2 quality. Rows are (minimum percent, q), tried highest first; a row with
/// minimum 0 matches only exactly 0 % when another row has a positive minimum below the first. Default (DESIGN §5):
/// 100 → 5, ≥ 85 → 4, ≥ 70 → 3, ≥ 50 → 2, &gt; 0 → 1, 0 → 0.
/// </summary>
public sealed class PercentToQualityTable
{
    private readonly (double Min, int Q)[] _rows;

    public PercentToQualityTable(IEnumerable<(double Min, int Q)> rows)
    {
        _rows = [.. rows.OrderByDescending(r => r.Min)];
        if (_rows.Length == 0) throw new ArgumentException("The percent-to-quality table needs at least one row.", nameof(rows));
        foreach (var (min, q) in _rows)
        {
            if (min is < 0 or > 100) throw new ArgumentException($"Percent {min} is outside 0-100.", nameof(rows));
            Quality.Validate(q);
        }
    }

    /// <summary>Rows use a tiny positive minimum for "&gt; 0".</summary>
    public static PercentToQualityTable Default { get; } = new([(100, 5), (85, 4), (70, 3), (50, 2), (double.Epsilon, 1), (0, 0)]);

    public IReadOnlyList<(double Min, int Q)> Rows => _rows;

    public int ToQuality(double percent)
    {
        if (double.IsNaN(percent) || percent < 0 || percent > 100)
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A score is a percent from 0 to 100.");
        foreach (var (min, q) in _rows)
        {
            if (percent >= min) return q;
        }
        return _rows[^1].Q;
    }
}
