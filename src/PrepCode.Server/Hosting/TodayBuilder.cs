using PrepCode.Core.Curricula;
using PrepCode.Server.Contract;

namespace PrepCode.Server.Hosting;

/// <summary>Builds <see cref="TodayResponse"/>: today's topic of each active track in the active group.</summary>
internal static class TodayBuilder
{
    public static TodayResponse Build(ServerSession session)
    {
        var tracks = session.Tracks;
        var today = session.Study.Today;
        var group = tracks.ActiveGroup;
        var groups = tracks.Catalog.Tracks.Select(t => t.Group).Append(group).Distinct().Order().Select(g => g.ToString()).ToList();
        var list = new List<TrackToday>();
        foreach (var track in tracks.Catalog.TracksInGroup(group))
        {
            var settings = tracks.Config.Tracks.GetValueOrDefault(track.Id);
            if (settings is { Active: false }) continue;
            list.Add(settings is null ? WithoutStart(session, track) : Track(session, track, settings, TrackCalendar.OnDate(track, settings, today)));
        }
        return new TodayResponse(DtoMapper.Date(today), group.ToString(), groups, list,
            tracks.Catalog.Diagnostics.Count(d => d.IsError));
    }

    /// <summary>A practice question on the wire: type in lower camel case ("concept", "tradeoff", ...).</summary>
    public static PracticeDto Practice(PracticeItem p) => new(Camel(p.Type.ToString()), p.Question, p.Answer);

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static TrackToday Track(ServerSession session, Curriculum track, TrackSettings settings, TrackDay day) => new(
        track.Id, track.Title, track.Group.ToString(), DtoMapper.Date(settings.StartDate), settings.AccelerationDays,
        day.DayNumber, track.Days.Count, Camel(day.Status.ToString()), day.Message,
        [.. (day.Day?.Topics ?? []).Select(t => Topic(session, t))]);

    private static TrackToday WithoutStart(ServerSession session, Curriculum track)
    {
        var first = track.DayOrNull(1);
        return new TrackToday(track.Id, track.Title, track.Group.ToString(), null, 0, 1, track.Days.Count, "noStartDate",
            $"Day 1 of {track.Days.Count}: {first?.Title} (no start date yet: completing a topic starts the track, or run PrepCode: Set Track Start Date)",
            [.. (first?.Topics ?? []).Select(t => Topic(session, t))]);
    }

    private static TodayTopic Topic(ServerSession session, CurriculumTopic topic)
    {
        var item = session.Study.Index.Find(topic.Id);
        var state = session.Study.StateOf(topic.Id);
        var location = item is null ? null : DtoMapper.Item(session, item, state, 0).Location;
        var notesUri = location?.Uri ?? (topic.NotesPath is { } p && File.Exists(p) ? new Uri(p).AbsoluteUri : null);
        return new TodayTopic(topic.Id, topic.Title, topic.Domain, notesUri, location, topic.KeyPoints,
            [.. topic.Practice.Select(Practice)], item is not null, state.LastReviewed is not null);
    }
}
