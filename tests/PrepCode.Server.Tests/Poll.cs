namespace PrepCode.Server.Tests;

/// <summary>
/// Waits for the server to catch up with a notification (watched files, settings): polls until the condition holds or
/// a deadline passes. A generous deadline, because a loaded CI machine can take seconds; a passing test never waits it out.
/// </summary>
internal static class Poll
{
    public static async Task Until(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) return;     // the assertion after the wait says what is wrong
            await Task.Delay(20);
        }
    }
}
