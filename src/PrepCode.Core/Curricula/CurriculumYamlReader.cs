using YamlDotNet.RepresentationModel;

namespace PrepCode.Core.Curricula;

/// <summary>
/// Turns the YAML tree of one curriculum.yaml into a <see cref="Curriculum"/>, checking every rule of
/// <see cref="CurriculumRules"/>. The result is null whenever any error was recorded: never half a track.
/// </summary>
internal sealed class CurriculumYamlReader(YamlNodeReader reader, Func<string, bool> fileExists, bool isShipped)
{
    private readonly Dictionary<string, YamlNode> topicIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    /// <summary>Topic ids (and "" for the track id) to the 1-based line and column of their id value.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> Positions => positions;

    public Curriculum? Read(YamlNode root)
    {
        var map = reader.AsMapping(root, "A curriculum");
        if (map is null) return null;
        reader.WarnUnknownKeys(map, CurriculumRules.TrackKeys, "the track");

        var id = ReadId(map, "the track");
        var title = reader.RequiredString(map, "title", "the track");
        var group = ReadGroup(map);
        var description = reader.OptionalString(map, "description", "the track");
        if (description is null) reader.Warning(map, "the track has no 'description'; add one or two sentences");
        var days = ReadDays(map, id ?? "");

        CheckFolderName(map, id);
        if (reader.Diagnostics.Any(d => d.IsError) || id is null || title is null || group is null || days is null)
        {
            return null;
        }

        return new Curriculum(id, title, group.Value, description ?? "", days, reader.Path, isShipped);
    }

    private string? ReadId(YamlMappingNode map, string owner)
    {
        var id = reader.RequiredString(map, "id", owner);
        if (id is not null && YamlNodeReader.Value(map, "id") is { } node)
        {
            positions.TryAdd(owner == "the track" ? "" : id, ((int)node.Start.Line, (int)node.Start.Column));
        }

        if (id is null || CurriculumRules.IsKebabCase(id)) return id;
        reader.Error(YamlNodeReader.Value(map, "id")!, $"id '{id}' of {owner} must be kebab-case (lower-case words joined by hyphens, e.g. 'swe-two-pointers')");
        return null;
    }

    private TrackGroup? ReadGroup(YamlMappingNode map)
    {
        var text = reader.RequiredString(map, "group", "the track");
        if (text is null) return null;
        if (CurriculumRules.TryParseGroup(text, out var group)) return group;
        reader.Error(YamlNodeReader.Value(map, "group")!, $"group '{text}' is not known; use ML or SWE");
        return null;
    }

    private List<CurriculumDay>? ReadDays(YamlMappingNode map, string trackId)
    {
        var sequence = reader.RequiredSequence(map, "days", "the track");
        if (sequence is null) return null;
        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, "the track has no days; add at least day 1");
            return null;
        }

        var numbers = new List<(int Number, YamlNode Node)>();
        var days = new List<CurriculumDay>();
        foreach (var node in sequence.Children)
        {
            var (number, day) = ReadDay(node, trackId);
            if (number is not null) numbers.Add((number.Value, node));
            if (day is not null) days.Add(day);
        }

        CheckDayNumbers(numbers, sequence);
        return days.OrderBy(d => d.Number).ToList();
    }

    private (int? Number, CurriculumDay? Day) ReadDay(YamlNode node, string trackId)
    {
        var map = reader.AsMapping(node, "A day");
        if (map is null) return (null, null);
        var number = reader.RequiredInt(map, "day", "a day");
        var owner = number is { } n ? $"day {n}" : "a day";
        reader.WarnUnknownKeys(map, CurriculumRules.DayKeys, owner);
        if (number < 1) reader.Error(YamlNodeReader.Value(map, "day")!, $"day {number} is not allowed; days are numbered from 1");
        var title = reader.RequiredString(map, "title", owner);
        var sequence = reader.RequiredSequence(map, "topics", owner);
        if (sequence is not null && sequence.Children.Count == 0) reader.Error(sequence, $"{owner} has no topics; add at least one");

        var topics = new List<CurriculumTopic>();
        foreach (var topicNode in sequence?.Children ?? [])
        {
            if (ReadTopic(topicNode, number ?? 0, trackId) is { } topic) topics.Add(topic);
        }

        return number is null || title is null || sequence is null ? (number, null) : (number, new CurriculumDay(number.Value, title, topics));
    }

    private CurriculumTopic? ReadTopic(YamlNode node, int day, string trackId)
    {
        var map = reader.AsMapping(node, $"A topic of day {day}");
        if (map is null) return null;
        var id = ReadId(map, $"a topic of day {day}");
        var owner = id is null ? $"a topic of day {day}" : $"topic '{id}'";
        reader.WarnUnknownKeys(map, CurriculumRules.TopicKeys, owner);
        if (id is not null && !topicIds.TryAdd(id, map))
        {
            var first = topicIds[id];
            reader.Error(YamlNodeReader.Value(map, "id")!, $"topic id '{id}' is used twice (first on line {first.Start.Line}); topic ids must be unique");
        }

        var title = reader.RequiredString(map, "title", owner);
        var domain = reader.RequiredString(map, "domain", owner);
        var notes = ReadNotesPath(map, owner);
        var keyPoints = ReadKeyPoints(map, owner);
        var practice = ReadPractice(map, owner);
        if (id is null || title is null || domain is null || keyPoints is null || practice is null) return null;
        return new CurriculumTopic(id, title, domain, notes, keyPoints, practice, day, trackId);
    }

    private string? ReadNotesPath(YamlMappingNode map, string owner)
    {
        var relative = reader.OptionalString(map, "notes", owner);
        if (relative is null) return null;
        var node = YamlNodeReader.Value(map, "notes")!;
        var folder = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(reader.Path)) ?? ".");
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            reader.Error(node, $"notes path '{relative}' of {owner} must be relative to the track folder and stay inside it");
            return null;
        }

        if (!fileExists(full)) reader.Warning(node, $"notes file '{relative}' of {owner} does not exist");
        return full;
    }

    private List<string>? ReadKeyPoints(YamlMappingNode map, string owner)
    {
        var sequence = reader.RequiredSequence(map, "key_points", owner);
        if (sequence is null) return null;
        var points = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0) points.Add(text.Trim());
            else reader.Error(item, $"a key point of {owner} must be non-empty text, but it is {YamlNodeReader.Describe(item)}");
        }

        if (sequence.Children.Count < CurriculumRules.MinKeyPoints)
        {
            reader.Warning(sequence, $"{owner} has {sequence.Children.Count} key points; at least {CurriculumRules.MinKeyPoints} are needed");
        }

        return points;
    }

    private List<PracticeItem>? ReadPractice(YamlMappingNode map, string owner)
    {
        var sequence = reader.RequiredSequence(map, "practice", owner);
        if (sequence is null) return null;
        var items = new List<PracticeItem>();
        foreach (var node in sequence.Children)
        {
            if (ReadPracticeItem(node, owner) is { } item) items.Add(item);
        }

        if (sequence.Children.Count < CurriculumRules.MinPractice)
        {
            reader.Warning(sequence, $"{owner} has {sequence.Children.Count} practice questions; at least {CurriculumRules.MinPractice} are needed");
        }

        return items;
    }

    private PracticeItem? ReadPracticeItem(YamlNode node, string owner)
    {
        var map = reader.AsMapping(node, $"A practice question of {owner}");
        if (map is null) return null;
        var itemOwner = $"a practice question of {owner}";
        reader.WarnUnknownKeys(map, CurriculumRules.PracticeKeys, itemOwner);
        var typeText = reader.RequiredString(map, "type", itemOwner);
        PracticeType? type = null;
        if (typeText is not null)
        {
            if (CurriculumRules.TryParsePracticeType(typeText, out var parsed)) type = parsed;
            else reader.Error(YamlNodeReader.Value(map, "type")!, $"practice type '{typeText}' of {owner} is not one of {CurriculumRules.PracticeTypeNames}");
        }

        var question = reader.RequiredString(map, "question", itemOwner);
        var answer = reader.OptionalString(map, "answer", itemOwner);
        return type is null || question is null ? null : new PracticeItem(type.Value, question, answer);
    }

    private void CheckDayNumbers(List<(int Number, YamlNode Node)> days, YamlSequenceNode sequence)
    {
        var seen = new Dictionary<int, YamlNode>();
        foreach (var (number, node) in days)
        {
            if (!seen.TryAdd(number, node))
            {
                reader.Error(node, $"day {number} appears twice (first on line {seen[number].Start.Line}); each day number must appear once");
            }
        }

        var positive = seen.Keys.Where(n => n >= 1).ToList();
        var last = positive.Count == 0 ? 0 : positive.Max();
        for (var n = 1; n <= last; n++)
        {
            if (!seen.ContainsKey(n)) reader.Error(NodeAfterGap(days, n) ?? sequence, $"day {n} is missing; days must run 1..N without gaps");
        }

        var numbers = days.Select(d => d.Number).ToList();
        if (!numbers.SequenceEqual(numbers.Order()))
        {
            reader.Warning(sequence, "days are not listed in order; they are used sorted by day number");
        }
    }

    private static YamlNode? NodeAfterGap(List<(int Number, YamlNode Node)> days, int missing) =>
        days.Where(d => d.Number > missing).OrderBy(d => d.Number).Select(d => d.Node).FirstOrDefault();

    private void CheckFolderName(YamlMappingNode map, string? id)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(reader.Path)));
        if (id is null || string.IsNullOrEmpty(folder) || folder == id) return;
        reader.Warning(YamlNodeReader.Value(map, "id")!, $"track id '{id}' differs from its folder name '{folder}'");
    }
}
