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
        var items = new List<StudyItem>();
        var byTopic = note.Cards.Select(c => c.TopicId)
            .Concat(note.PracticeQuestions.Select(p => p.TopicId))
            .Concat(note.KeyPoints.Select(k => k.TopicId))
            .Where(id => id is not null).ToHashSet(StringComparer.Ordinal);

        foreach (var topic in note.Topics)
        {
            var explicitId = !topic.Id.Contains('#', StringComparison.Ordinal);
            if (!explicitId && !byTopic.Contains(topic.Id)) continue;
            var keyPoints = note.KeyPoints.Where(k => k.TopicId == topic.Id).Select(k => k.Text).ToList();
            var practice = note.PracticeQuestions.Where(p => p.TopicId == topic.Id).Select(p => p.Text).ToList();
            var answer = keyPoints.Count > 0 ? string.Join("\n", keyPoints.Select(k => "• " + k)) : null;
            items.Add(new StudyItem(topic.Id, StudyItemKind.Topic, note.Path, topic.Title, answer, topic.ParentId, topic.HeadingRange,
                fm.Domain, fm.Track, keyPoints, practice, "topic:" + Normalise(topic.Title), "topic-body:" + topic.ContentHash));
        }

        foreach (var card in note.Cards)
        {
            var key = "card:" + ShortHash(Normalise(card.Question));
            var keyPoints = card.Answer.Length > 0 ? new[] { card.Answer } : [];
            items.Add(new StudyItem(card.Id, StudyItemKind.Card, note.Path, card.Question, card.Answer, card.TopicId, card.Range,
                fm.Domain, fm.Track, keyPoints, [], key, key));
            if (card.Kind is CardKind.Bidirectional or CardKind.MultiLineBidirectional)
            {
                var rkey = "card:" + ShortHash(Normalise(card.Answer));
                items.Add(new StudyItem(card.Id + "/reverse", StudyItemKind.Card, note.Path, card.Answer, card.Question, card.TopicId, card.Range,
                    fm.Domain, fm.Track, [card.Question], [], rkey, rkey));
            }
        }
        return items;
    }

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
