using System.Text;
using PrepCode.Core.Notes;

namespace PrepCode.Core.Plans;

/// <summary>Replace the text in <see cref="Range"/> (positions in the text the edit was computed against) with
/// <see cref="NewText"/>. An empty range inserts.</summary>
public sealed record TextEdit(SourceRange Range, string NewText);

/// <summary>Applies edits computed against one text, as an editor's workspace/applyEdit would.</summary>
public static class TextEdits
{
    /// <summary>Applies non-overlapping edits. Edits are ordered by position; two inserts at one position keep their
    /// list order. Throws <see cref="ArgumentException"/> when two edits overlap.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var lines = new TextLines(text);
        var ordered = edits
            .Select((e, i) => (Start: lines.Offset(e.Range.Start), End: lines.Offset(e.Range.End), e.NewText, Order: i))
            .OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Order)
            .ToList();
        var sb = new StringBuilder(text.Length + ordered.Sum(e => e.NewText.Length));
        var pos = 0;
        foreach (var e in ordered)
        {
            if (e.End < e.Start) throw new ArgumentException("An edit's range ends before it starts.", nameof(edits));
            if (e.Start < pos) throw new ArgumentException("Two edits overlap; edits must not overlap.", nameof(edits));
            sb.Append(text, pos, e.Start - pos).Append(e.NewText);
            pos = e.End;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }
}
