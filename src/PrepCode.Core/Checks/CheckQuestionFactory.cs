using PrepCode.Core.Indexing;

namespace PrepCode.Core.Checks;

/// <summary>
/// Turns a study item into a question. A card asks its question and expects its answer. A topic with practice
/// questions asks one of them (chosen with the injected random source) and expects the topic's key points. A topic
/// without practice questions asks "Explain &lt;topic&gt;: what are its key points?".
/// </summary>
public static class CheckQuestionFactory
{
    public static CheckQuestion For(StudyItem item, int number, CheckQuestionKind kind, Random random)
    {
        var prompt = item.Question;
        if (item.Kind == StudyItemKind.Topic && item.PracticeQuestions.Count > 0)
            prompt = item.PracticeQuestions[random.Next(item.PracticeQuestions.Count)];
        return new CheckQuestion(number, item.Id, kind, item.Title, prompt, item.KeyPoints, item.Domain);
    }
}
