using System.Globalization;
using PrepCode.Core.Scheduling;

namespace PrepCode.Cli;

/// <summary>Parsed command line: a command, positional arguments and --name value options.</summary>
internal sealed class CliOptions
{
    public string Command { get; private init; } = "help";
    public List<string> Positional { get; } = [];
    public Dictionary<string, string> Named { get; } = new(StringComparer.Ordinal);

    public static CliOptions Parse(string[] args)
    {
        var o = new CliOptions { Command = args.Length > 0 ? args[0] : "help" };
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0) o.Named[name[..eq]] = name[(eq + 1)..];
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) o.Named[name] = args[++i];
                else o.Named[name] = "true";
            }
            else o.Positional.Add(args[i]);
        }
        return o;
    }

    public string Folder(int index = 0) => Path.GetFullPath(Positional.Count > index ? Positional[index] : ".");

    public string? Get(string name) => Named.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        Named.TryGetValue(name, out var v) ? int.TryParse(v, out var n) ? n : throw new CliException($"--{name} needs a whole number; got '{v}'.") : fallback;

    /// <summary>--now, else PREPCODE_NOW, else the system clock.</summary>
    public IClock Clock()
    {
        var text = Get("now") ?? Environment.GetEnvironmentVariable("PREPCODE_NOW");
        if (string.IsNullOrWhiteSpace(text)) return SystemClock.Instance;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var now)
            ? new FixedClock(now)
            : throw new CliException($"'{text}' is not a date and time; use ISO-8601 such as 2026-11-22T09:00:00Z.");
    }
}

/// <summary>A user error: printed as one line, exit code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
