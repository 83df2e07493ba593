namespace PrepCode.Core.Scheduling;

/// <summary>SM-2 quality grades and the review buttons that map to them (DESIGN §5).</summary>
public static class Quality
{
    public const int Again = 1;
    public const int Hard = 3;
    public const int Good = 4;
    public const int Easy = 5;

    public static void Validate(int quality)
    {
        if (quality is < 0 or > 5)
            throw new ArgumentOutOfRangeException(nameof(quality), quality, "An SM-2 grade is a whole number from 0 to 5.");
    }
}
