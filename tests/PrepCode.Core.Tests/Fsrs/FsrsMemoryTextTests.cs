using PrepCode.Core.Scheduling.Fsrs;

namespace PrepCode.Core.Tests.Fsrs;

public class FsrsMemoryTextTests
{
    [Theory]
    [InlineData(245.6, "246 d")]
    [InlineData(12.34, "12.3 d")]
    [InlineData(1, "1.0 d")]
    [InlineData(0.25, "6 h")]
    [InlineData(0.0073, "11 min")]      // a fitted S0 of 0.0073 days is not "0.0 d"
    [InlineData(0.00001, "1 min")]
    public void Stability_is_written_in_days_hours_or_minutes(double days, string text) =>
        Assert.Equal(text, FsrsMemoryText.Stability(days));
}
