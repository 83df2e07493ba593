using System.Globalization;

namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// The 21 FSRS-6 weights w0..w20, each within the bounds the reference implementations clamp to
/// (w0..w3 in [0.001, 100]; the rest as in <see cref="LowerBounds"/> / <see cref="UpperBounds"/>).
/// Immutable; construction validates count, finiteness and bounds.
/// </summary>
public sealed class FsrsParameters : IEquatable<FsrsParameters>
{
    public const int Count = 21;

    private static readonly double[] DefaultWeights =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    private static readonly double[] Lower =
    [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ];

    private static readonly double[] Upper =
    [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ];

    private readonly double[] _w;

    public FsrsParameters(IReadOnlyList<double> weights)
    {
        var error = Validate(weights);
        if (error is not null) throw new ArgumentException(error, nameof(weights));
        _w = [.. weights];
    }

    public static FsrsParameters Default { get; } = new(DefaultWeights);

    public static IReadOnlyList<double> LowerBounds => Lower;

    public static IReadOnlyList<double> UpperBounds => Upper;

    public IReadOnlyList<double> Weights => _w;

    public double this[int index] => _w[index];

    /// <summary>Null when the weights are a valid FSRS-6 parameter set, otherwise why not.</summary>
    public static string? Validate(IReadOnlyList<double>? weights)
    {
        if (weights is null) return "FSRS-6 parameters are missing.";
        if (weights.Count != Count) return $"FSRS-6 needs exactly {Count} weights, got {weights.Count}.";
        for (var i = 0; i < Count; i++)
        {
            var w = weights[i];
            if (!double.IsFinite(w)) return $"w{i} is not a finite number.";
            if (w < Lower[i] || w > Upper[i])
                return string.Create(CultureInfo.InvariantCulture, $"w{i} = {w} is outside [{Lower[i]}, {Upper[i]}].");
        }
        return null;
    }

    /// <summary>Clamps each weight into its bound, in place (used by the optimizer after every step).</summary>
    public static void ClampInPlace(double[] weights)
    {
        for (var i = 0; i < Count; i++)
            weights[i] = Math.Clamp(double.IsNaN(weights[i]) ? DefaultWeights[i] : weights[i], Lower[i], Upper[i]);
    }

    /// <summary>A copy with some weights replaced, e.g. <c>WithWeights((17, 0), (18, 0), (19, 0))</c>; validated like any other.</summary>
    public FsrsParameters WithWeights(params (int Index, double Value)[] changes)
    {
        var w = (double[])_w.Clone();
        foreach (var (index, value) in changes) w[index] = value;
        return new FsrsParameters(w);
    }

    public double[] ToArray() => (double[])_w.Clone();

    public bool Equals(FsrsParameters? other) => other is not null && _w.AsSpan().SequenceEqual(other._w);

    public override bool Equals(object? obj) => Equals(obj as FsrsParameters);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var w in _w) hash.Add(w);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", _w.Select(w => w.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The weights rounded to <paramref name="decimals"/> places, comma separated.</summary>
    public string ToString(int decimals) => string.Join(", ", _w.Select(w => Math.Round(w, decimals).ToString(CultureInfo.InvariantCulture)));
}
