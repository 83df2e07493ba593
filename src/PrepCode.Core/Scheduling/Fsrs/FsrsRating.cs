namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>FSRS grades G. A review rated above <see cref="Again"/> counts as recalled.</summary>
public enum FsrsRating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

public static class FsrsRatings
{
    public static bool IsValid(int rating) => rating is >= 1 and <= 4;

    public static FsrsRating FromInt(int rating) => IsValid(rating)
        ? (FsrsRating)rating
        : throw new ArgumentOutOfRangeException(nameof(rating), rating, "An FSRS rating is 1 (Again) to 4 (Easy).");

    /// <summary>The binary target used by fitting and evaluation: anything but Again is a recall.</summary>
    public static bool IsRecall(this FsrsRating rating) => rating != FsrsRating.Again;
}
