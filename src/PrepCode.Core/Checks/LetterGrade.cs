namespace PrepCode.Core.Checks;

/// <summary>Letter grades as the seeds use them: A+ ≥ 97, A ≥ 93, A- ≥ 90, B+ ≥ 87, B ≥ 83, B- ≥ 80, C+ ≥ 77,
/// C ≥ 73, C- ≥ 70, D ≥ 60, else F. The percent is compared as given (the summary passes its one-decimal value).</summary>
public static class LetterGrade
{
    private static readonly (double Min, string Letter)[] Rows =
    [
        (97, "A+"), (93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (73, "C"), (70, "C-"), (60, "D"),
    ];

    public static string From(double percent)
    {
        foreach (var (min, letter) in Rows) if (percent >= min) return letter;
        return "F";
    }
}
