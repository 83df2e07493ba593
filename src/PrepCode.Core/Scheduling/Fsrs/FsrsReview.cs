namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>One past review of one item: when, and the FSRS rating given.</summary>
public readonly record struct FsrsReview(DateTimeOffset Time, FsrsRating Rating);
