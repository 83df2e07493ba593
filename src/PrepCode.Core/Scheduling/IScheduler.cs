namespace PrepCode.Core.Scheduling;

/// <summary>A pure function of (state, grade, review day): no clock, no I/O.</summary>
public interface IScheduler
{
    /// <summary>"sm2" or "fixed": stored with each log entry.</summary>
    string Name { get; }

    /// <param name="quality">SM-2 quality 0..5.</param>
    /// <param name="reviewDay">The study day on which the grade was given.</param>
    ReviewState Grade(ReviewState state, int quality, DateOnly reviewDay);
}
