using PrepCode.Core.Curricula;
using PrepCode.Core.Scheduling;
using PrepCode.Core.Study;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>prepcode/reviewPlan and prepcode/history.</summary>
internal sealed partial class TracksHandler : ITracksServer
{
    /// <summary>
    /// The plan follows the item's current interval (ReviewTypePlanner). One plan a study day: asking again the same
    /// day gives the same questions; the next review avoids the questions of the previous one. Note topics without a
    /// curriculum use their own practice questions and key points.
    /// </summary>
    [JsonRpcMethod(Methods.ReviewPlan, UseSingleObjectParameterDeserialization = true)]
    public async Task<ReviewPlanResponse> ReviewPlanAsync(ReviewPlanRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return RpcErrors.Guard(() =>
        {
            var item = session.Study.Find(request.Id ?? throw new ArgumentException("An item id is required."));
            var topic = session.Tracks.Catalog.FindTopic(item.Id);
            var practice = topic?.Practice ?? [.. item.PracticeQuestions.Select(q => new PracticeItem(PracticeType.Concept, q, null))];
            var keyPoints = topic?.KeyPoints ?? item.KeyPoints;
            // the item's group's scheduler; under FSRS its interval, not SM-2's underneath
            var interval = ReviewSpan(session.Study.ViewOf(item.Id).State, session.Study.Settings.SchedulerOf(session.Study.GroupOf(item.Track)));
            var today = session.Study.Today;
            var asked = session.Store.ReviewQuestions(item.Id);
            ReviewPlan plan;
            if (asked.FirstOrDefault(a => a.Day == today) is { Questions: { } same } && same.Count > 0)
            {
                var type = ReviewTypePlanner.TypeFor(interval);
                var byText = practice.GroupBy(p => p.Question).ToDictionary(g => g.Key, g => g.First());
                plan = new ReviewPlan(type, [.. same.Select(q => byText.GetValueOrDefault(q) ?? new PracticeItem(PracticeType.Concept, q, null))],
                    type is ReviewType.FullRecall or ReviewType.LongTermRetention ? keyPoints : []);
            }
            else
            {
                var previous = asked.FirstOrDefault(a => a.Day < today).Questions ?? [];
                var random = new Random(StableSeed(item.Id + today.ToString("O")));
                plan = ReviewTypePlanner.Plan(practice, keyPoints, interval, random, [.. previous]);
                session.Store.SaveReviewQuestions(item.Id, today, [.. plan.Questions.Select(q => q.Question)]);
            }
            return new ReviewPlanResponse(item.Id, TodayBuilder.Camel(plan.Type.ToString()), interval,
                [.. plan.Questions.Select(TodayBuilder.Practice)], plan.KeyPointsToRecall);
        });
    }

    [JsonRpcMethod(Methods.History, UseSingleObjectParameterDeserialization = true)]
    public async Task<HistoryResponse> HistoryAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        return RpcErrors.Guard(() =>
        {
            var days = request.Days ?? 90;
            var forecast = request.ForecastDays ?? 30;
            if (days is < 1 or > 3660) throw new ArgumentException("Days must be 1 to 3660.");
            if (forecast is < 1 or > 365) throw new ArgumentException("Forecast days must be 1 to 365.");
            var index = session.Study.Index;
            var report = HistoryReport.Build(session.Store.AllReviews(), session.Study.ScheduledStates(), session.Study.Today, days, forecast,
                id => session.Tracks.IsVisible(index.Find(id)?.Track));
            static DayCount Count(DayFigure f) => new(DtoMapper.Date(f.Day), f.Count);
            return new HistoryResponse(DtoMapper.Date(report.Today), session.Tracks.ActiveGroup.ToString(),
                [.. report.Completions.Select(Count)], [.. report.Reviews.Select(Count)],
                [.. report.CheckScores.Select(s => new DayScoreDto(DtoMapper.Date(s.Day), s.MeanPercent, s.Answers))],
                [.. report.Forecast.Select(Count)]);
        });
    }

    /// <summary>
    /// The interval a review stands for: with the fixed scheduler, days from completion to this review (1, 3, 7, 14, as
    /// in the seeds); with SM-2, the current interval (1, 6, then growing).
    /// </summary>
    private static int ReviewSpan(ReviewState state, IScheduler scheduler)
    {
        if (scheduler is not FixedIntervalScheduler { Offsets: var offsets } || state.Repetitions < 1) return state.IntervalDays;
        var index = state.Repetitions - 1;
        if (index < offsets.Count) return offsets[index];
        var step = offsets.Count > 1 ? offsets[^1] - offsets[^2] : offsets[0];
        return offsets[^1] + (index - offsets.Count + 1) * step;
    }

    private static int StableSeed(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text) hash = hash * 31 + c;
            return hash;
        }
    }
}
