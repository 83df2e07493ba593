namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// The FSRS-6 memory model as pure functions of the 21 weights. No clock, no state, no randomness.
/// <list type="bullet">
/// <item>R(t, S) = (1 + f·t/S)^(−w20), f = 0.9^(−1/w20) − 1, so R(S, S) = 0.9.</item>
/// <item>I(r) = S/f·(r^(−1/w20) − 1), evaluated in single precision as fsrs-rs does, rounded half to even, at least 1 day,
/// at most the maximum interval.</item>
/// <item>S0 = w[G−1]; D0(G) = w4 − e^(w5·(G−1)) + 1 clamped to [1, 10].</item>
/// <item>D' = w7·D0(4) + (1 − w7)·(D + ΔD·(10 − D)/9) with ΔD = −w6·(G − 3), clamped to [1, 10]. The mean-reversion
/// target D0(4) is the unclamped formula value, as in the reference implementations.</item>
/// <item>Recall: S·(e^w8·(11 − D)·S^(−w9)·(e^(w10·(1 − R)) − 1)·(w15 if Hard)·(w16 if Easy) + 1).</item>
/// <item>Lapse: min(w11·D^(−w12)·((S + 1)^w13 − 1)·e^(w14·(1 − R)), S / e^(w17·w18)).</item>
/// <item>Same day (elapsed whole days = 0): S·e^(w17·(G − 3 + w18))·S^(−w19), the factor at least 1 when G ≥ 2.</item>
/// <item>Every new S is clamped to [0.001, 36 500].</item>
/// </list>
/// </summary>
public sealed class FsrsMemory
{
    public const double MinStability = 0.001;
    public const double MaxStability = 36_500;
    public const double MinDifficulty = 1;
    public const double MaxDifficulty = 10;
    public const int DefaultMaximumInterval = 36_500;

    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;
    private readonly double _expW8;          // e^w8
    private readonly double _easyDifficulty; // D0(4) unclamped, the mean-reversion target
    private readonly double _lapseCeiling;   // e^(w17·w18)

    public FsrsMemory(FsrsParameters parameters)
        : this(parameters.ToArray())
    {
    }

    /// <summary>Unvalidated weights: the optimizer probes a little outside the bounds when differentiating.</summary>
    internal FsrsMemory(double[] weights)
    {
        _w = weights;
        _decay = -_w[20];
        _factor = Math.Pow(0.9, 1 / _decay) - 1;
        _expW8 = Math.Exp(_w[8]);
        _easyDifficulty = RawInitialDifficulty(4);
        _lapseCeiling = Math.Exp(_w[17] * _w[18]);
    }

    public static FsrsMemory Default { get; } = new(FsrsParameters.Default);

    /// <summary>f in R(t, S) = (1 + f·t/S)^(−w20).</summary>
    public double Factor => _factor;

    public double InitialStability(FsrsRating rating) => ClampStability(_w[(int)rating - 1]);

    public double InitialDifficulty(FsrsRating rating) => ClampDifficulty(RawInitialDifficulty((int)rating));

    public double NextDifficulty(double difficulty, FsrsRating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        var damped = difficulty + delta * (10 - difficulty) / 9;
        var reverted = _w[7] * _easyDifficulty + (1 - _w[7]) * damped;
        return ClampDifficulty(reverted);
    }

    /// <summary>Stability after a review at least one whole day after the previous one (recall or lapse by rating).</summary>
    public double NextStability(double difficulty, double stability, double retrievability, FsrsRating rating) =>
        rating == FsrsRating.Again
            ? LapseStability(difficulty, stability, retrievability)
            : RecallStability(difficulty, stability, retrievability, rating);

    public double RecallStability(double difficulty, double stability, double retrievability, FsrsRating rating)
    {
        var hard = rating == FsrsRating.Hard ? _w[15] : 1;
        var easy = rating == FsrsRating.Easy ? _w[16] : 1;
        var growth = _expW8 * (11 - difficulty) * Math.Pow(stability, -_w[9])
            * (Math.Exp(_w[10] * (1 - retrievability)) - 1) * hard * easy;
        return ClampStability(stability * (growth + 1));
    }

    public double LapseStability(double difficulty, double stability, double retrievability)
    {
        var lapse = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1)
            * Math.Exp(_w[14] * (1 - retrievability));
        var ceiling = stability / _lapseCeiling;
        return ClampStability(Math.Min(lapse, ceiling));
    }

    /// <summary>Stability after a review on the same day (fewer than one whole day after the previous one).</summary>
    public double ShortTermStability(double stability, FsrsRating rating)
    {
        var increase = Math.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= FsrsRating.Hard) increase = Math.Max(increase, 1);
        return ClampStability(stability * increase);
    }

    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + _factor * Math.Max(0, elapsedDays) / stability, _decay);

    /// <summary>Whole days until R falls to <paramref name="desiredRetention"/>: at least 1, at most <paramref name="maximumInterval"/>.</summary>
    public int NextInterval(double stability, double desiredRetention, int maximumInterval = DefaultMaximumInterval)
    {
        if (desiredRetention is <= 0 or > 1 || double.IsNaN(desiredRetention))
            throw new ArgumentOutOfRangeException(nameof(desiredRetention), desiredRetention, "Desired retention is in (0, 1].");
        if (maximumInterval < 1)
            throw new ArgumentOutOfRangeException(nameof(maximumInterval), maximumInterval, "The maximum interval is at least 1 day.");
        // Single precision on purpose: fsrs-rs computes intervals in f32, and its published vector
        // (S = 1, retention 0.1 → 3 116 766 days) is only reproduced to the day that way; double gives 3 116 769.
        var decay = (float)_decay;
        var factor = MathF.Pow(0.9f, 1f / decay) - 1f;
        var days = (float)stability / factor * (MathF.Pow((float)desiredRetention, 1f / decay) - 1f);
        var rounded = Math.Round(Math.Min((double)days, int.MaxValue), MidpointRounding.ToEven);
        return (int)Math.Clamp(rounded, 1, maximumInterval);
    }

    /// <summary>The first review of an item.</summary>
    public FsrsMemoryState Initial(FsrsRating rating) => new(InitialStability(rating), InitialDifficulty(rating));

    /// <summary>
    /// One review of an item already seen: <paramref name="elapsedDays"/> whole days after the previous one.
    /// 0 means a same-day review (short-term stability); otherwise R(t, S) decides recall or lapse growth.
    /// </summary>
    public FsrsMemoryState Next(FsrsMemoryState state, double elapsedDays, FsrsRating rating)
    {
        var stability = elapsedDays < 1
            ? ShortTermStability(state.Stability, rating)
            : NextStability(state.Difficulty, state.Stability, Retrievability(elapsedDays, state.Stability), rating);
        return new FsrsMemoryState(stability, NextDifficulty(state.Difficulty, rating));
    }

    /// <summary>Applies <see cref="Initial"/> then <see cref="Next"/>: null state means a new item.</summary>
    public FsrsMemoryState Step(FsrsMemoryState? state, double elapsedDays, FsrsRating rating) =>
        state is { } s ? Next(s, elapsedDays, rating) : Initial(rating);

    /// <summary>Whole days between two instants (floor of elapsed 24-hour periods, never negative), as py-fsrs counts them.</summary>
    public static int ElapsedDays(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? 0 : (int)Math.Min(int.MaxValue, Math.Floor((to - from).TotalDays));

    private double RawInitialDifficulty(int rating) => _w[4] - Math.Exp(_w[5] * (rating - 1)) + 1;

    private static double ClampStability(double s) => Math.Clamp(double.IsNaN(s) ? MinStability : s, MinStability, MaxStability);

    private static double ClampDifficulty(double d) => Math.Clamp(double.IsNaN(d) ? MinDifficulty : d, MinDifficulty, MaxDifficulty);
}
