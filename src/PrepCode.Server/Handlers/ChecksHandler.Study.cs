using PrepCode.Core.Checks;
using PrepCode.Core.Curricula;
using PrepCode.Core.Notes;
using PrepCode.Core.Plans;
using PrepCode.Server.Contract;
using PrepCode.Server.Hosting;
using StreamJsonRpc;

namespace PrepCode.Server.Handlers;

/// <summary>Topic completion, readiness and quiz prompts.</summary>
internal sealed partial class ChecksHandler
{
    [JsonRpcMethod(Methods.CompleteTopic, UseSingleObjectParameterDeserialization = true)]
    public async Task<CompleteTopicResponse> CompleteTopicAsync(CompleteTopicRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var completion = RpcErrors.Guard(() => new TopicCompletion(session.Study)
            .Complete(request.ItemId ?? throw new ArgumentException("An item id is required."), request.Difficulty, request.Note));
        var started = StartTrack(session, completion.Grade.Item.Id);
        await notifier.DueChangedAsync(session, force: true);
        var planMessage = (await UpdatePlanAsync(session, plan => PlanUpdates.ForCompletion(session, completion, plan), cancellationToken))?.Summary;
        await RefreshLensesAsync();
        var after = completion.Grade.After;
        var message = $"{completion.Grade.Item.Title} completed (difficulty {request.Difficulty}); next review {after.DueDate:ddd d MMM}.{started}";
        return new CompleteTopicResponse(completion.Grade.Item.Id, completion.Grade.Quality, DtoMapper.State(after), message, planMessage);
    }

    /// <summary>The first topic completed on a track without a start date starts the track (config.json), so that the
    /// next day shows its next day. Returns a sentence for the message, or "".</summary>
    private static string StartTrack(ServerSession session, string topicId)
    {
        if (session.Tracks.StartOnCompletion(topicId, session.Study.Today) is not { } found) return "";
        var (track, day, start) = found;
        var problems = PrepCodeConfigWriter.Write(session.Tracks.ConfigPath, session.Tracks.FileConfig.WithTrack(track.Id, new TrackSettings(start)));
        if (problems.Count > 0) return $" {track.Title} has no start date; it could not be set ({problems[0].Message}).";
        session.Tracks.Refresh(session.Settings.CurriculaPath, force: true);
        return $" {track.Title} now starts on {start:yyyy-MM-dd}: today is its day {day}.";
    }

    [JsonRpcMethod(Methods.Readiness, UseSingleObjectParameterDeserialization = true)]
    public async Task<ReadinessResponse> ReadinessAsync(ReadinessRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        // The view lists the active track group's domains (its tracks and notes without one), like the Due tree.
        var report = PlanUpdates.Readiness(session, PlanUpdates.Plan(session)?.Document, activeGroupOnly: true);
        return new ReadinessResponse(report.OverallPercent,
            [.. report.Domains.Select(d => new DomainReadinessDto(d.Domain, d.Weight, d.Items, d.Learned, d.Percent))]);
    }

    [JsonRpcMethod(Methods.InsertQuizPrompt, UseSingleObjectParameterDeserialization = true)]
    public async Task<InsertQuizResponse> InsertQuizPromptAsync(InsertQuizRequest request, CancellationToken cancellationToken)
    {
        var session = await ReadyAsync(cancellationToken);
        var (doc, insertion) = RpcErrors.Guard(() =>
        {
            var path = session.RelativePath(request.Uri ?? throw new ArgumentException("A note URI is required."));
            var doc = DocumentTexts.Read(session, path) ?? throw new ArgumentException($"{path} does not exist.");
            var cursor = new SourcePosition(request.Position?.Line ?? 0, request.Position?.Character ?? 0);
            var insertion = QuizPromptWriter.ForCursor(doc.Text, NoteParser.Parse(path, doc.Text), cursor)
                ?? throw new ArgumentException("The cursor is not inside a topic: put it under a heading.");
            return (doc, insertion);
        });
        await _editor.EditAsync(session, doc, [insertion.AsEdit()], "Insert quiz prompt", cancellationToken);
        return new InsertQuizResponse(insertion.TopicId, $"Quiz inserted for {insertion.TopicId}.");
    }
}
