using PrepCode.Core.Scheduling;
using PrepCode.Core.Storage;

namespace PrepCode.Core.Study;

/// <summary>One grade of a batch: a quality 0-5 or a percent (mapped by the settings' table).</summary>
public sealed record GradeRequest(string ItemId, int? Quality, double? Percent, int? DurationMs = null);

/// <summary>One question of a knowledge check to commit.</summary>
public sealed record CheckGradeRequest(int Number, string Kind, string ItemId, double Percent);

/// <summary>Batch grading, check commits and topic completions: each one store transaction.</summary>
public sealed partial class StudyService
{
    /// <summary>Items with a schedule.</summary>
    public int TrackedCount
    {
        get { lock (_gate) return _states.Values.Count(s => s.State.DueDate is not null); }
    }

    /// <summary>Grades several items in one transaction; an item graded twice is graded from its first new state.</summary>
    public IReadOnlyList<GradeResult> GradeMany(IReadOnlyList<GradeRequest> requests, string source)
    {
        lock (_gate)
        {
            var prepared = Prepare(requests, source);
            var ids = _store.RecordGrades(prepared.Select(p => p.Record).ToList());
            return Apply(prepared, ids);
        }
    }

    /// <summary>Commits a knowledge check: every question graded with source "check" and recorded against the check,
    /// in one transaction. Returns null (nothing recorded) when the check was committed already.</summary>
    public IReadOnlyList<GradeResult>? CommitCheck(string checkId, IReadOnlyList<CheckGradeRequest> questions)
    {
        lock (_gate)
        {
            var prepared = Prepare(questions.Select(q => new GradeRequest(q.ItemId, null, q.Percent)).ToList(), "check");
            var entries = questions.Zip(prepared, (q, p) => new CheckCommitEntry(q.Number, q.Kind, p.Record)).ToList();
            var ids = _store.CommitCheck(checkId, entries, _clock.Now);
            return ids is null ? null : Apply(prepared, ids);
        }
    }

    /// <summary>Reverses a check commit (see <see cref="StudyStore.UncommitCheck"/>) and the in-memory schedule with it.</summary>
    public UncommitOutcome UncommitCheck(string checkId)
    {
        lock (_gate)
        {
            var outcome = _store.UncommitCheck(checkId, _clock.Now);
            foreach (var (id, before) in outcome.Restored) Restore(id, before);
            return outcome;
        }
    }

    /// <summary>Records a topic as completed and grades it with <paramref name="quality"/>, in one transaction.</summary>
    public GradeResult CompleteTopic(string itemId, int quality, int difficulty, string? note)
    {
        lock (_gate)
        {
            var prepared = Prepare([new GradeRequest(itemId, quality, null)], "completion");
            var rec = prepared[0].Record;
            var id = _store.RecordCompletion(new TopicCompletionRecord(itemId, rec.ReviewedAt, rec.StudyDay, difficulty, note), rec);
            return Apply(prepared, [id])[0];
        }
    }

    private List<(GradeRecord Record, Indexing.StudyItem Item)> Prepare(IReadOnlyList<GradeRequest> requests, string source)
    {
        var now = _clock.Now;
        var day = Settings.Calendar.StudyDay(now);
        var states = new Dictionary<string, ReviewState>(StringComparer.Ordinal);
        var result = new List<(GradeRecord, Indexing.StudyItem)>(requests.Count);
        foreach (var r in requests)
        {
            if (r.Quality is null == r.Percent is null) throw new InvalidStudyArgumentException("Give either a grade from 0 to 5 or a percent score, not both and not neither.");
            if (r.Quality is < 0 or > 5) throw new InvalidStudyArgumentException($"A grade is a whole number from 0 to 5; got {r.Quality}.");
            if (r.Percent is { } p && (double.IsNaN(p) || p < 0 || p > 100)) throw new InvalidStudyArgumentException($"A score is a percent from 0 to 100; got {p}.");
            var item = Find(r.ItemId);
            var q = r.Quality ?? Settings.PercentTable.ToQuality(r.Percent!.Value);
            var before = states.TryGetValue(r.ItemId, out var chained) ? chained : _states.TryGetValue(r.ItemId, out var s) ? s.State : ReviewState.New;
            var scheduler = SchedulerOf(item);
            var after = scheduler.Grade(before, q, day);
            states[r.ItemId] = after;
            result.Add((new GradeRecord(r.ItemId, now, day, q, r.Percent, r.DurationMs, scheduler.Name, source, before, after,
                item.NotePath, item.TitleKey, item.ContentKey), item));
        }
        return result;
    }

    private List<GradeResult> Apply(List<(GradeRecord Record, Indexing.StudyItem Item)> prepared, IReadOnlyList<long> ids)
    {
        _fsrs.Clear(); // replayed from the log on next use
        var results = new List<GradeResult>(prepared.Count);
        for (var i = 0; i < prepared.Count; i++)
        {
            var (rec, item) = prepared[i];
            _states[rec.ItemId] = new StoredItemState(rec.ItemId, rec.After, rec.Scheduler, rec.NotePath, rec.TitleKey, rec.ContentKey);
            results.Add(new GradeResult(item, rec.Quality, rec.Before, rec.After, ids[i]));
        }
        return results;
    }

    private void Restore(string id, ReviewState before)
    {
        _fsrs.Clear();
        if (before.DueDate is null) _states.Remove(id);
        else if (_states.TryGetValue(id, out var s)) _states[id] = s with { State = before };
        else _states[id] = new StoredItemState(id, before, Settings.SchedulerOf(GroupOfItem(id)).Name, null, null, null);
    }
}
