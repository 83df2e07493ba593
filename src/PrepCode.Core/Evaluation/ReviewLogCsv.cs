using System.Globalization;
using System.Text;
using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Evaluation;

/// <summary>
/// The review-log CSV exchanged with other FSRS tools: <c>card_id,review_rating,review_time,review_duration</c>.
/// <list type="bullet">
/// <item>card_id: any non-empty text (quoted with "" when it holds a comma or quote).</item>
/// <item>review_rating: 1 (Again) to 4 (Easy).</item>
/// <item>review_time: ISO-8601 in UTC, ending in Z or +00:00; written as yyyy-MM-ddTHH:mm:ss.fffZ.</item>
/// <item>review_duration: whole milliseconds, not negative.</item>
/// </list>
/// The reader needs the header (columns found by name, in any order; extra columns ignored), skips blank lines, and
/// keeps every good row while listing each bad one with its 1-based line number.
/// </summary>
public static class ReviewLogCsv
{
    public static readonly string[] Columns = ["card_id", "review_rating", "review_time", "review_duration"];

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static void Write(TextWriter writer, IEnumerable<ReviewLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var e in entries)
        {
            writer.Write(Quote(e.CardId));
            writer.Write(',');
            writer.Write(((int)e.Rating).ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(e.Time.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(e.DurationMilliseconds.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    public static string Format(IEnumerable<ReviewLogEntry> entries)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, entries);
        return writer.ToString();
    }

    public static ReviewLogReadResult Parse(string text)
    {
        using var reader = new StringReader(text);
        return Read(reader);
    }

    public static ReviewLogReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<ReviewLogEntry>();
        var errors = new List<ReviewLogError>();
        int[]? index = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = Split(line, out var splitError);
            if (splitError is not null)
            {
                errors.Add(new ReviewLogError(lineNumber, splitError));
                if (index is null) return new ReviewLogReadResult(entries, errors);
                continue;
            }
            if (index is null)
            {
                index = HeaderIndex(fields, out var headerError);
                if (index is null)
                {
                    errors.Add(new ReviewLogError(lineNumber, headerError!));
                    return new ReviewLogReadResult(entries, errors);
                }
                continue;
            }
            var entry = ParseRow(fields, index, out var rowError);
            if (entry is null) errors.Add(new ReviewLogError(lineNumber, rowError!));
            else entries.Add(entry);
        }
        if (index is null) errors.Add(new ReviewLogError(Math.Max(1, lineNumber), "the header row is missing"));
        return new ReviewLogReadResult(entries, errors);
    }

    private static int[]? HeaderIndex(List<string> header, out string? error)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Columns.Select(c => names.IndexOf(c)).ToArray();
        var missing = Columns.Where((_, i) => index[i] < 0).ToList();
        error = missing.Count == 0 ? null : $"the header lacks column(s) {string.Join(", ", missing)}";
        return missing.Count == 0 ? index : null;
    }

    private static ReviewLogEntry? ParseRow(List<string> fields, int[] index, out string? error)
    {
        error = null;
        if (fields.Count <= index.Max())
        {
            error = $"expected at least {index.Max() + 1} fields, found {fields.Count}";
            return null;
        }
        var cardId = fields[index[0]].Trim();
        var rating = fields[index[1]].Trim();
        var time = fields[index[2]].Trim();
        var duration = fields[index[3]].Trim();
        if (cardId.Length == 0) error = "card_id is empty";
        else if (!int.TryParse(rating, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || !FsrsRatings.IsValid(r))
            error = $"review_rating '{rating}' is not 1, 2, 3 or 4";
        else if (!TryParseUtc(time, out var instant))
            error = $"review_time '{time}' is not an ISO-8601 UTC time (e.g. 2026-01-31T09:15:00.000Z)";
        else if (!long.TryParse(duration, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            error = $"review_duration '{duration}' is not a whole, non-negative number of milliseconds";
        else
            return new ReviewLogEntry(cardId, (FsrsRating)r, instant, ms);
        return null;
    }

    private static bool TryParseUtc(string text, out DateTimeOffset instant)
    {
        instant = default;
        var utcMarked = text.EndsWith('Z') || text.EndsWith("+00:00", StringComparison.Ordinal);
        return utcMarked && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out instant);
    }

    /// <summary>Splits one CSV line; fields may be quoted with "" escaping a quote. Records do not span lines.</summary>
    private static List<string> Split(string line, out string? error)
    {
        error = null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length) { error = "a quoted field is not closed"; return fields; }
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(line[i++]);
                }
                if (i < line.Length && line[i] != ',') { error = "text follows a closing quote"; return fields; }
            }
            else
            {
                while (i < line.Length && line[i] != ',') field.Append(line[i++]);
            }
            fields.Add(field.ToString());
            if (i >= line.Length) return fields;
            i++; // the comma
        }
    }

    private static string Quote(string value)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0) throw new ArgumentException($"A card id cannot hold a line break: '{value}'.", nameof(value));
        return value.AsSpan().IndexOfAny(',', '"') < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
