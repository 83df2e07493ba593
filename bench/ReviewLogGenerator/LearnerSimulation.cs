using PrepCode.Core.Evaluation;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Bench.ReviewLogGenerator;

/// <summary>
/// Simulated learners with a true forgetting process, reviewing the way a person with an SM-2-like app would.
/// <para>Truth, per learner: FSRS-6 dynamics with their own weights (the defaults times log-normal noise, σ 0.4, and a
/// forgetting-curve shape w20 drawn from 0.1-0.7; clamped into bounds), so no scheduler under test knows them. Per card: a true difficulty drawn around 5.5 (σ 2,
/// clamped to 1-10) that replaces the formula's initial difficulty and shapes the first grade.
/// Recall at a review is sampled from the learner's power forgetting curve R(t, S); a forgotten card is rated Again;
/// a recalled one Hard, Good or Easy, Easy likelier when R was high and Hard likelier when it was low.</para>
/// <para>Behaviour: a card is introduced on a random day of the first half of the horizon; a first grade below Good is
/// retried ten minutes later, and so is every lapse. The learner's app aims each interval at the true stability (where
/// R = 90 %) but estimates it with log-normal error (σ 0.5); the learner is seldom on time either: the interval is
/// stretched by log-normal noise (σ 0.25), 12 % of reviews are late by ×1.5-3 and 6 % early by ×0.5; at least one day.
/// Reviews fall at random times of day.</para>
/// </summary>
public sealed class LearnerSimulation(int seed, int learners, int cardsPerLearner, int horizonDays)
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    public List<ReviewLogEntry> Run()
    {
        var random = new Random(seed);
        var log = new List<ReviewLogEntry>();
        for (var learner = 1; learner <= learners; learner++)
        {
            var memory = new FsrsMemory(TrueWeights(random));
            for (var card = 1; card <= cardsPerLearner; card++)
                SimulateCard(random, memory, $"L{learner}-C{card:D4}", log);
        }
        return [.. log.OrderBy(e => e.Time).ThenBy(e => e.CardId, StringComparer.Ordinal)];
    }

    private static FsrsParameters TrueWeights(Random random)
    {
        var w = FsrsParameters.Default.ToArray();
        for (var i = 0; i < w.Length; i++) w[i] *= Math.Exp(0.4 * Gaussian(random));
        w[20] = 0.1 + 0.6 * random.NextDouble();
        FsrsParameters.ClampInPlace(w);
        return new FsrsParameters(w);
    }

    private void SimulateCard(Random random, FsrsMemory memory, string cardId, List<ReviewLogEntry> log)
    {
        var difficulty = Math.Clamp(5.5 + 2 * Gaussian(random), 1, 10);
        var time = Epoch.AddDays(random.Next(horizonDays / 2)).AddHours(8 + 14 * random.NextDouble());
        var end = Epoch.AddDays(horizonDays);

        var first = FirstRating(random, difficulty);
        var state = new FsrsMemoryState(memory.InitialStability(first), difficulty);
        Add(log, random, cardId, first, time);
        var last = time;

        if (first <= FsrsRating.Hard)
        {
            time = time.AddMinutes(10 + 5 * random.NextDouble());
            var retry = Grade(random, 1.0);
            state = memory.Next(state, 0, retry);
            Add(log, random, cardId, retry, time);
            last = time;
        }

        while (true)
        {
            time = NextReviewTime(random, last, state.Stability);
            if (time > end) break;
            var elapsed = FsrsMemory.ElapsedDays(last, time);
            var r = memory.Retrievability(elapsed, state.Stability);
            var recalled = random.NextDouble() < r;
            var rating = recalled ? Grade(random, r) : FsrsRating.Again;
            state = memory.Next(state, elapsed, rating);
            Add(log, random, cardId, rating, time);
            last = time;

            if (rating != FsrsRating.Again) continue;
            time = time.AddMinutes(10 + 5 * random.NextDouble());
            var relearn = Grade(random, 1.0);
            state = memory.Next(state, 0, relearn);
            Add(log, random, cardId, relearn, time);
            last = time;
        }
    }

    /// <summary>The app aims at R ≈ 90 % but only knows stability roughly (log-normal error, σ 0.5); the learner adds their own timing.</summary>
    private static DateTimeOffset NextReviewTime(Random random, DateTimeOffset last, double stability)
    {
        var interval = stability * Math.Exp(0.5 * Gaussian(random));
        var stretch = Math.Exp(0.25 * Gaussian(random));
        var roll = random.NextDouble();
        if (roll < 0.12) stretch *= 1.5 + 1.5 * random.NextDouble();
        else if (roll < 0.18) stretch *= 0.5;
        var days = Math.Max(1, (int)Math.Round(interval * stretch));
        var day = last.UtcDateTime.Date.AddDays(days);
        return new DateTimeOffset(day, TimeSpan.Zero).AddHours(8 + 14 * random.NextDouble());
    }

    private static FsrsRating FirstRating(Random random, double difficulty)
    {
        var again = 0.08 + 0.04 * difficulty;  // 12 % for the easiest cards, 48 % for the hardest
        var roll = random.NextDouble();
        if (roll < again) return FsrsRating.Again;
        if (roll < again + 0.12) return FsrsRating.Hard;
        return roll < 0.92 - 0.03 * difficulty ? FsrsRating.Good : FsrsRating.Easy;
    }

    private static FsrsRating Grade(Random random, double retrievability)
    {
        var hard = 0.05 + 0.35 * (1 - retrievability);
        var easy = 0.02 + 0.18 * retrievability * retrievability;
        var roll = random.NextDouble();
        return roll < hard ? FsrsRating.Hard : roll < hard + easy ? FsrsRating.Easy : FsrsRating.Good;
    }

    private static void Add(List<ReviewLogEntry> log, Random random, string cardId, FsrsRating rating, DateTimeOffset time) =>
        log.Add(new ReviewLogEntry(cardId, rating, new DateTimeOffset(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero),
            random.Next(2_000, 25_000)));

    /// <summary>A standard normal draw (Box-Muller).</summary>
    private static double Gaussian(Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
