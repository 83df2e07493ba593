using System.Globalization;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Storage;

/// <summary>FSRS-6 weights fitted to one track group's review log, with the fit's training log loss before and after.</summary>
public sealed record StoredFsrsParameters(string TrackGroup, FsrsParameters Parameters, double LogLossBefore, double LogLossAfter, int ScoredReviews, DateTimeOffset FittedAt);

public sealed partial class StudyStore
{
    /// <summary>Replaces the fitted weights of <see cref="StoredFsrsParameters.TrackGroup"/>, in one transaction.</summary>
    public void SaveFsrsParameters(StoredFsrsParameters p)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            Exec(tx, """
                INSERT INTO fsrs_parameters (track_group, weights, log_loss_before, log_loss_after, scored_reviews, fitted_at)
                VALUES ($g, $w, $before, $after, $n, $at)
                ON CONFLICT(track_group) DO UPDATE SET weights=$w, log_loss_before=$before, log_loss_after=$after, scored_reviews=$n, fitted_at=$at
                """,
                ("$g", p.TrackGroup), ("$w", p.Parameters.ToString()), ("$before", Finite(p.LogLossBefore)), ("$after", Finite(p.LogLossAfter)),
                ("$n", p.ScoredReviews), ("$at", p.FittedAt.ToString("O", CultureInfo.InvariantCulture)));
            tx.Commit();
        }
    }

    /// <summary>The stored weights of a track group; null when it was never fitted (the defaults apply).</summary>
    public StoredFsrsParameters? LoadFsrsParameters(string trackGroup)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT weights, log_loss_before, log_loss_after, scored_reviews, fitted_at FROM fsrs_parameters WHERE track_group = $g";
            cmd.Parameters.AddWithValue("$g", trackGroup);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            var weights = r.GetString(0).Split(',').Select(w => double.Parse(w.Trim(), CultureInfo.InvariantCulture)).ToArray();
            if (FsrsParameters.Validate(weights) is { } error) throw new StoreException($"The stored FSRS parameters of '{trackGroup}' are invalid ({error}); run Optimize Schedule again.");
            return new StoredFsrsParameters(trackGroup, new FsrsParameters(weights), r.GetDouble(1), r.GetDouble(2), r.GetInt32(3),
                DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture));
        }
    }

    private static double Finite(double x) => double.IsFinite(x) ? x : 0;
}
