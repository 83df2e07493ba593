using System.Security.Cryptography;
using System.Text;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Indexing;

/// <summary>
/// Decides which parts of a note are reviewed. Rules (README "What PrepCode reads"):
/// every card is an item (a bidirectional card is two: the reverse gets "/reverse");
/// a heading is a study topic when it has an explicit id, or cards, practice questions or key points belong to it;
/// plan notes (front matter <c>prep-plan: true</c>) and excluded notes (<c>prep: false</c>) have no items.
/// </summary>
public static class StudyItemExtractor
{
    public static IReadOnlyList<StudyItem> Extract(NoteDocument note)
    {
        if (note.IsExcluded || note.FrontMatter.PrepPlan) return [];
        var fm = note.FrontMatter;
        var items = new List<StudyItem>(note.Topics.Count + note.Cards.Count * 2);
        var keyPoints = ByTopic(note.KeyPoints, k => k.TopicId, k => k.Text);
        var practice = ByTopic(note.PracticeQuestions, p => p.TopicId, p => p.Text);
        HashSet<string>? withCards = null;
        foreach (var c in note.Cards)
            if (c.TopicId is not null) (withCards ??= new HashSet<string>(StringComparer.Ordinal)).Add(c.TopicId);

        var facts = new StudyItem.NoteFacts(note.Path, fm.Domain, fm.Track);
        // The texts of a note's compact items go in one array (one object instead of one per item): sizes first.
        var pending = new List<Pending>(items.Capacity);
        int total = 0;
        foreach (var topic in note.Topics)
        {
            var explicitId = !topic.Id.Contains('#', StringComparison.Ordinal);
            var kp = keyPoints?.GetValueOrDefault(topic.Id);
            var pq = practice?.GetValueOrDefault(topic.Id);
            if (!explicitId && kp is null && pq is null && withCards?.Contains(topic.Id) != true) continue;
            string[] texts = [topic.Title, .. (IReadOnlyList<string>?)kp ?? [], .. (IReadOnlyList<string>?)pq ?? []];
            var p = new Pending(topic.Id, StudyItemKind.Topic, topic.ParentId, topic.HeadingRange, texts, kp?.Count ?? 0,
                topic.SectionFingerprint, StudyItem.TopicSize(texts, kp?.Count ?? 0));
            pending.Add(p);
            if (p.Size > 0) total += p.Size;
        }
        foreach (var card in note.Cards)
        {
            AddCard(card.Id, card.Question, card.Answer, card);
            if (card.Kind is CardKind.Bidirectional or CardKind.MultiLineBidirectional)
                AddCard(card.Id + "/reverse", card.Answer, card.Question, card);
        }

        var arena = new byte[total];
        int at = 0;
        foreach (var p in pending)
        {
            if (p.Kind == StudyItemKind.Topic)
            {
                if (p.Size < 0)
                {
                    int kpCount = p.KeyPoints;
                    items.Add(StudyItem.PlainTopic(p.Id, facts, p.Texts[0], p.TopicId, p.Range, p.Texts[1..(1 + kpCount)],
                        p.Texts[(1 + kpCount)..], p.Fingerprint));
                    continue;
                }
                StudyItem.EncodeTopic(p.Texts, p.KeyPoints, p.Fingerprint, arena.AsSpan(at, p.Size));
            }
            else
            {
                if (p.Size < 0)
                {
                    items.Add(StudyItem.PlainCard(p.Id, facts, p.Texts[0], p.Texts[1], p.TopicId, p.Range));
                    continue;
                }
                StudyItem.EncodeCard(p.Texts[0], p.Texts[1], arena.AsSpan(at, p.Size));
            }
            items.Add(StudyItem.Compact(p.Id, p.Kind, facts, p.TopicId, p.Range, arena, at, p.Size));
            at += p.Size;
        }
        return items;

        void AddCard(string id, string question, string answer, Card card)
        {
            var p = new Pending(id, StudyItemKind.Card, card.TopicId, card.Range, [question, answer], 0, 0, StudyItem.CardSize(question, answer));
            pending.Add(p);
            if (p.Size > 0) total += p.Size;
        }
    }

    /// <summary>An item waiting for the note's text array: its texts (a topic: title, key points, practice questions; a
    /// card: question, answer) and the bytes they take there (-1: a plain item).</summary>
    private readonly record struct Pending(string Id, StudyItemKind Kind, string? TopicId, SourceRange Range, string[] Texts,
        int KeyPoints, ulong Fingerprint, int Size);

    /// <summary>Texts per topic id, in document order; null when there are none.</summary>
    private static Dictionary<string, List<string>>? ByTopic<T>(IReadOnlyList<T> things, Func<T, string?> topicId, Func<T, string> text)
    {
        Dictionary<string, List<string>>? result = null;
        foreach (var t in things)
        {
            if (topicId(t) is not { } id) continue;
            result ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (!result.TryGetValue(id, out var list)) result[id] = list = new List<string>(4);
            list.Add(text(t));
        }
        return result;
    }

    /// <summary>The title and content key of a card whose question is <paramref name="question"/>.</summary>
    public static string CardKey(string question) => "card:" + ShortHash(Normalise(question));

    /// <summary>Lower case, whitespace collapsed, trailing punctuation dropped.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Trim())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString().TrimEnd('?', '.', '!', ':', ';', ',');
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
