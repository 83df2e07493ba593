using PrepCode.Core.Notes;
using PrepCode.Core.Plans;

namespace PrepCode.Core.Checks;

/// <summary>Markdown to insert into a note, and where (computed, not applied).</summary>
public sealed record QuizInsertion(string TopicId, string Text, SourcePosition Position)
{
    public TextEdit AsEdit() => new(new SourceRange(Position, Position), Text);
}

/// <summary>
/// Builds a <c>Quiz</c> block for the topic under the cursor (the innermost heading whose section holds the cursor's
/// line): one prompt per practice question and card of the topic (or "Explain &lt;topic&gt;: what are its key
/// points?" when it has none), each with an <c>**Answer:**</c> area. Prompts are bold paragraphs, not list items, so
/// they are not read back as new practice questions. The block goes at the end of the topic's section, one heading
/// level below the topic, with the note's line break.
/// </summary>
public static class QuizPromptWriter
{
    public static QuizInsertion? ForCursor(string text, NoteDocument note, SourcePosition cursor)
    {
        var topic = note.Topics
            .Where(t => t.SectionRange.Start.Line <= cursor.Line && (cursor.Line < t.SectionRange.End.Line || IsLastLine(t, cursor)))
            .OrderByDescending(t => t.Level).FirstOrDefault();
        return topic is null ? null : ForTopic(text, note, topic);
    }

    public static QuizInsertion ForTopic(string text, NoteDocument note, Topic topic)
    {
        var lines = new TextLines(text);
        var nl = lines.Newline;
        var prompts = note.PracticeQuestions.Where(p => p.TopicId == topic.Id).Select(p => p.Text)
            .Concat(note.Cards.Where(c => c.TopicId == topic.Id).Select(c => c.Question)).ToList();
        if (prompts.Count == 0) prompts.Add($"Explain {topic.Title}: what are its key points?");
        var block = new List<string> { new string('#', Math.Min(6, topic.Level + 1)) + " Quiz", "" };
        for (var i = 0; i < prompts.Count; i++) block.AddRange([$"**Q{i + 1}.** {prompts[i]}", "", CheckMarkers.AnswerMarker, "", ""]);

        var end = topic.SectionRange.End;
        var atTextEnd = lines.Offset(end) >= text.Length;
        if (!atTextEnd) return new QuizInsertion(topic.Id, string.Join(nl, block) + nl, new SourcePosition(end.Line, 0));
        var last = lines.EndOf(lines.Count - 1);
        var prefix = text.Length == 0 ? "" : lines[lines.Count - 1].Length == 0 ? nl : nl + nl;
        if (text.EndsWith(nl + nl, StringComparison.Ordinal)) prefix = "";
        return new QuizInsertion(topic.Id, prefix + string.Join(nl, block).TrimEnd() + nl, last);
    }

    /// <summary>A section ending at the text's end (not at a following heading) holds its last line too.</summary>
    private static bool IsLastLine(Topic t, SourcePosition cursor) =>
        cursor.Line == t.SectionRange.End.Line && t.SectionRange.End.Character > 0;
}
