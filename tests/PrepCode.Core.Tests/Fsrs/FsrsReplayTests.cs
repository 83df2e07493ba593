using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Fsrs;

public class FsrsReplayTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static FsrsScheduler Scheduler() => new(options: FsrsSchedulerOptions.Default with { EnableFuzz = false });

    private static List<FsrsReview> History()
    {
        // Mixed grades at irregular times: same-day steps, early and late reviews, a lapse.
        (double Hours, FsrsRating Rating)[] plan =
        [
            (0, FsrsRating.Again), (0.05, FsrsRating.Good), (0.3, FsrsRating.Good), (30, FsrsRating.Hard),
            (100, FsrsRating.Good), (400, FsrsRating.Again), (400.2, FsrsRating.Good), (450, FsrsRating.Easy),
            (1200, FsrsRating.Good), (1201, FsrsRating.Hard),
        ];
        return [.. plan.Select(p => new FsrsReview(Start.AddHours(p.Hours), p.Rating))];
    }

    [Fact]
    public void Replaying_a_history_equals_reviewing_it_one_grade_at_a_time()
    {
        var scheduler = Scheduler();
        var card = FsrsCardState.New(Start);
        foreach (var review in History())
            card = scheduler.Review(card, review.Rating, review.Time).Card;

        var replayed = FsrsReplay.Replay(scheduler, History(), Start);

        Assert.Equal(card, replayed);
    }

    [Fact]
    public void Replay_sorts_the_history_by_time_first()
    {
        var shuffled = History().AsEnumerable().Reverse().ToList();

        Assert.Equal(FsrsReplay.Replay(Scheduler(), History(), Start), FsrsReplay.Replay(Scheduler(), shuffled, Start));
    }

    [Fact]
    public void The_memory_replay_agrees_with_the_scheduler_on_stability_and_difficulty()
    {
        var card = FsrsReplay.Replay(Scheduler(), History(), Start);
        var memory = FsrsReplay.ReplayMemory(FsrsMemory.Default, History());

        Assert.Equal(card.Memory, memory);
    }

    [Fact]
    public void An_empty_history_replays_to_a_new_card()
    {
        var card = FsrsReplay.Replay(Scheduler(), [], Start);

        Assert.Equal(FsrsCardState.New(Start), card);
        Assert.Null(FsrsReplay.ReplayMemory(FsrsMemory.Default, []));
    }
}
