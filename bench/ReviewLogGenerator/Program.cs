using System.Globalization;
using PrepCode.Bench.ReviewLogGenerator;
using PrepCode.Core.Evaluation;

// Writes a simulated review log as CSV (card_id,review_rating,review_time,review_duration).
// Usage: ReviewLogGenerator [--seed N] [--learners N] [--cards N] [--days N] [--out file.csv]
// The same arguments always give the same file.
var settings = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--seed"] = "1", ["--learners"] = "1", ["--cards"] = "300", ["--days"] = "365", ["--out"] = "-",
};
for (var i = 0; i < args.Length; i++)
{
    if (!settings.ContainsKey(args[i]) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. Options: {string.Join(' ', settings.Keys)}");
        return 2;
    }
    settings[args[i]] = args[++i];
}

int Number(string key) => int.Parse(settings[key], NumberStyles.Integer, CultureInfo.InvariantCulture);

var log = new LearnerSimulation(Number("--seed"), Number("--learners"), Number("--cards"), Number("--days")).Run();
if (settings["--out"] == "-")
{
    ReviewLogCsv.Write(Console.Out, log);
}
else
{
    using var writer = new StreamWriter(settings["--out"]);
    ReviewLogCsv.Write(writer, log);
}
Console.Error.WriteLine($"{log.Count} reviews of {log.Select(e => e.CardId).Distinct().Count()} cards.");
return 0;
