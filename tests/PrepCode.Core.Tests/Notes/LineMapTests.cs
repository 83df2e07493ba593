using PrepCode.Core.Notes;

namespace PrepCode.Core.Tests.Notes;

public class LineMapTests
{
    /// <summary>The line of an offset counted the plain way: line breaks ("\r\n", "\n", a lone "\r") before it.</summary>
    private static int Reference(string text, int offset)
    {
        int line = 0;
        for (int i = 0; i < Math.Min(offset, text.Length); i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) line++;
        }
        return line;
    }

    [Fact]
    public void Offsets_map_to_their_line_in_document_order_and_in_any_order()
    {
        // LineOf tries the last line asked and the next one before a binary search: walks in order, jumps back and ahead.
        var rng = new Random(3);
        string[] pieces = ["a", "bc ", "\n", "\r\n", "\r", "\n\n", "xyz", ""];
        for (int t = 0; t < 200; t++)
        {
            var text = string.Concat(Enumerable.Range(0, rng.Next(0, 40)).Select(_ => pieces[rng.Next(pieces.Length)]));
            var map = new LineMap(text);
            for (int offset = 0; offset <= text.Length; offset++) Assert.Equal(Reference(text, offset), map.LineOf(offset));
            for (int k = 0; k < 50; k++)
            {
                int offset = rng.Next(-2, text.Length + 3);
                Assert.Equal(Reference(text, Math.Max(0, offset)), map.LineOf(offset));
            }
        }
    }
}
