using System.Text;
using System.Text.Json;

namespace PrepCode.Core.Curricula;

/// <summary>
/// Maps each property of a JSON document, by its path of property names (joined with '/'), to the 1-based
/// line and column of its value, so problems found in a <c>JsonNode</c> tree can be reported where they stand.
/// </summary>
internal static class JsonPositions
{
    public static Dictionary<string, (int Line, int Column)> Build(string text, JsonReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        }

        var result = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var path = new List<string>();
        var pending = (string?)null;
        var containers = new Stack<bool>(); // true: object whose name was pushed onto path
        var reader = new Utf8JsonReader(bytes, options);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Record(reader.TokenStartIndex);
                        containers.Push(pending is not null);
                        if (pending is not null) path.Add(pending);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (containers.Count > 0 && containers.Pop()) path.RemoveAt(path.Count - 1);
                        break;
                    default:
                        Record(reader.TokenStartIndex);
                        break;
                }

                pending = null;
            }
        }
        catch (JsonException)
        {
            // Positions found so far are still useful; syntax errors are reported by the caller.
        }

        return result;

        void Record(long index)
        {
            if (pending is null) return;
            var key = string.Join('/', path.Append(pending));
            var line = lineStarts.BinarySearch((int)index);
            if (line < 0) line = ~line - 1;
            result.TryAdd(key, (line + 1, (int)index - lineStarts[line] + 1));
        }
    }
}
