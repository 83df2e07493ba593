namespace PrepCode.Core.Notes;

/// <summary>Builds topics from headings met in document order: ids, heading paths, parents, then (in
/// <see cref="Finish"/>) section ranges and the bodies their content hashes are computed from.</summary>
internal sealed class TopicBuilder(string key, LineMap lines, List<NoteDiagnostic> diagnostics)
{
    internal sealed class Draft
    {
        public required string Id { get; init; }
        public required string Title { get; init; }
        public required int Level { get; init; }
        public required string SlugPath { get; init; }
        public required HeadingPath HeadingPath { get; init; }
        public required Draft? Parent { get; init; }
        public required SectionKind Kind { get; init; }
        public required int Start { get; init; }
        public required int EndExclusive { get; init; }
    }

    private readonly List<Draft> _drafts = [];
    private readonly List<Draft> _stack = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>The innermost heading at the current point of the walk.</summary>
    public Draft? Current => _stack.Count == 0 ? null : _stack[^1];

    public Draft Add(string title, int level, string? explicitId, int start, int endExclusive)
    {
        while (_stack.Count > 0 && _stack[^1].Level >= level) _stack.RemoveAt(_stack.Count - 1);
        var parent = Current;
        string slugPath = parent is null ? Slug.From(title) : Slug.Child(parent.SlugPath, title);
        string id;
        if (explicitId is not null)
        {
            id = explicitId;
            if (!_ids.Add(id))
            {
                diagnostics.Add(new NoteDiagnostic(lines.Range(start, endExclusive), DiagnosticSeverity.Warning, "duplicate-id",
                    $"Line {lines.LineOf(start) + 1}: the heading id '{explicitId}' is already used in this note; this heading gets '{Unique(explicitId)}'."));
                id = Unique(explicitId);
                _ids.Add(id);
            }
        }
        else
        {
            (slugPath, id) = UniqueSlugPath(slugPath);
            _ids.Add(id);
        }
        var draft = new Draft
        {
            Id = id, Title = title, Level = level, SlugPath = slugPath, HeadingPath = new HeadingPath(parent?.HeadingPath, title), Parent = parent,
            Kind = SectionKinds.OfHeading(title), Start = start, EndExclusive = endExclusive,
        };
        _drafts.Add(draft);
        _stack.Add(draft);
        return draft;
    }

    /// <summary>The topic an item at the current point belongs to, and the kind of section it sits in:
    /// the innermost heading that is not itself a practice, key-point or card heading (else the innermost heading).</summary>
    public (string? TopicId, SectionKind Kind) Context()
    {
        SectionKind kind = SectionKind.Plain;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Kind != SectionKind.Plain) { if (kind == SectionKind.Plain) kind = _stack[i].Kind; continue; }
            return (_stack[i].Id, kind);
        }
        return (Current?.Id, kind);
    }

    private string Unique(string id)
    {
        for (int n = 2; ; n++) { string c = id + "-" + n; if (!_ids.Contains(c)) return c; }
    }

    /// <summary>The slug path made unique in this note ("-2", "-3" ...) and the id it gives.</summary>
    private (string SlugPath, string Id) UniqueSlugPath(string slugPath)
    {
        string id = key + "#" + slugPath;
        if (!_ids.Contains(id)) return (slugPath, id);
        for (int n = 2; ; n++) { string c = slugPath + "-" + n; id = key + "#" + c; if (!_ids.Contains(id)) return (c, id); }
    }

    public List<Topic> Finish(string text)
    {
        var topics = new List<Topic>(_drafts.Count);
        var sectionEnds = new int[_drafts.Count];
        var open = new Stack<int>();
        for (int i = 0; i < _drafts.Count; i++)
        {
            int lineStart = lines.LineStart(lines.LineOf(_drafts[i].Start));
            while (open.Count > 0 && _drafts[open.Peek()].Level >= _drafts[i].Level) sectionEnds[open.Pop()] = lineStart;
            open.Push(i);
        }
        while (open.Count > 0) sectionEnds[open.Pop()] = text.Length;

        for (int i = 0; i < _drafts.Count; i++)
        {
            var d = _drafts[i];
            int bodyEnd = i + 1 < _drafts.Count ? _drafts[i + 1].Start : text.Length;
            int bodyStart = Math.Min(d.EndExclusive, bodyEnd);
            topics.Add(Topic.WithBody(d.Id, d.Title, d.Level, d.HeadingPath, lines.Range(d.Start, d.EndExclusive),
                lines.Range(d.Start, sectionEnds[i]), d.Parent?.Id, text, bodyStart, bodyEnd - bodyStart));
        }
        return topics;
    }
}

/// <summary>The titles of a heading and the headings around it, outermost first: one link per heading, sharing its
/// parent's.</summary>
internal sealed class HeadingPath(HeadingPath? parent, string title) : IReadOnlyList<string>
{
    public int Count { get; } = (parent?.Count ?? 0) + 1;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var link = this;
            for (int i = Count - 1; i > index; i--) link = link.Parent!;
            return link.Title;
        }
    }

    private HeadingPath? Parent { get; } = parent;

    private string Title { get; } = title;

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
