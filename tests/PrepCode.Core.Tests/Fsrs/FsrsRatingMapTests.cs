using PrepCode.Core.Scheduling;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Fsrs;

public class FsrsRatingMapTests
{
    [Theory]
    [InlineData(0, FsrsRating.Again)]
    [InlineData(1, FsrsRating.Again)]
    [InlineData(2, FsrsRating.Again)]
    [InlineData(3, FsrsRating.Hard)]
    [InlineData(4, FsrsRating.Good)]
    [InlineData(5, FsrsRating.Easy)]
    public void Sm2_quality_maps_to_one_fsrs_rating(int quality, FsrsRating expected) =>
        Assert.Equal(expected, FsrsRatingMap.FromQuality(quality));

    [Theory]
    [InlineData(100, FsrsRating.Easy)]
    [InlineData(90, FsrsRating.Good)]
    [InlineData(85, FsrsRating.Good)]
    [InlineData(70, FsrsRating.Hard)]
    [InlineData(69.9, FsrsRating.Again)]
    [InlineData(50, FsrsRating.Again)]
    [InlineData(0, FsrsRating.Again)]
    public void A_knowledge_check_percent_maps_through_the_percent_table(double percent, FsrsRating expected) =>
        Assert.Equal(expected, FsrsRatingMap.FromPercent(percent));

    [Fact]
    public void A_custom_percent_table_is_honoured()
    {
        var lenient = new PercentToQualityTable([(60, 5), (30, 4), (0, 1)]);

        Assert.Equal(FsrsRating.Easy, FsrsRatingMap.FromPercent(60, lenient));
        Assert.Equal(FsrsRating.Good, FsrsRatingMap.FromPercent(30, lenient));
    }

    [Theory]
    [InlineData(FsrsRating.Again, 1)]
    [InlineData(FsrsRating.Hard, 3)]
    [InlineData(FsrsRating.Good, 4)]
    [InlineData(FsrsRating.Easy, 5)]
    public void Fsrs_ratings_map_back_to_the_sm2_review_buttons_and_round_trip(FsrsRating rating, int quality)
    {
        Assert.Equal(quality, FsrsRatingMap.ToQuality(rating));
        Assert.Equal(rating, FsrsRatingMap.FromQuality(FsrsRatingMap.ToQuality(rating)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Qualities_outside_0_to_5_are_rejected(int quality) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FsrsRatingMap.FromQuality(quality));
}
