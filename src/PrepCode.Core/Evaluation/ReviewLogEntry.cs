using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Evaluation;

/// <summary>One row of a review log: which card, the FSRS rating, when (UTC), and how long the answer took in milliseconds.</summary>
public sealed record ReviewLogEntry(string CardId, FsrsRating Rating, DateTimeOffset Time, long DurationMilliseconds)
{
    public FsrsReview ToReview() => new(Time, Rating);
}

/// <summary>A rejected row: its 1-based line number in the file and why.</summary>
public sealed record ReviewLogError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>What a read kept and what it rejected.</summary>
public sealed record ReviewLogReadResult(IReadOnlyList<ReviewLogEntry> Entries, IReadOnlyList<ReviewLogError> Errors);
