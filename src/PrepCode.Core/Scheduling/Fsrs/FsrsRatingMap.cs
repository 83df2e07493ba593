namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>
/// The one table between SM-2 grades and FSRS ratings.
/// <list type="table">
/// <listheader><term>SM-2 quality</term><description>FSRS rating</description></listheader>
/// <item><term>0, 1, 2 (failed)</term><description>Again (1)</description></item>
/// <item><term>3 (recalled with serious difficulty)</term><description>Hard (2)</description></item>
/// <item><term>4 (recalled after hesitation)</term><description>Good (3)</description></item>
/// <item><term>5 (perfect)</term><description>Easy (4)</description></item>
/// </list>
/// A knowledge-check percent goes through <see cref="PercentToQualityTable"/> first (default: 100 → 5 → Easy,
/// ≥ 85 → 4 → Good, ≥ 70 → 3 → Hard, below 70 → Again). The way back, used to replay an FSRS log through SM-2,
/// is the review buttons of DESIGN §5: Again → 1, Hard → 3, Good → 4, Easy → 5; so FSRS → SM-2 → FSRS is the identity.
/// </summary>
public static class FsrsRatingMap
{
    public static FsrsRating FromQuality(int quality)
    {
        Quality.Validate(quality);
        return quality switch
        {
            <= 2 => FsrsRating.Again,
            3 => FsrsRating.Hard,
            4 => FsrsRating.Good,
            _ => FsrsRating.Easy,
        };
    }

    public static FsrsRating FromPercent(double percent, PercentToQualityTable? table = null) =>
        FromQuality((table ?? PercentToQualityTable.Default).ToQuality(percent));

    public static int ToQuality(FsrsRating rating) => rating switch
    {
        FsrsRating.Again => Quality.Again,
        FsrsRating.Hard => Quality.Hard,
        FsrsRating.Good => Quality.Good,
        FsrsRating.Easy => Quality.Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "An FSRS rating is 1-4."),
    };
}
