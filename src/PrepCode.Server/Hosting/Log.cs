namespace PrepCode.Server.Hosting;

/// <summary>Logs to stderr only: stdout carries the protocol and nothing else.</summary>
internal static class Log
{
    private static readonly TextWriter Err = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });

    public static void Info(string message) => Write("info", message);

    public static void Warn(string message) => Write("warn", message);

    public static void Error(string message, Exception? e = null) => Write("error", e is null ? message : $"{message}: {e}");

    private static void Write(string level, string message) => Err.WriteLine($"{DateTimeOffset.Now:HH:mm:ss.fff} [{level}] {message}");
}
