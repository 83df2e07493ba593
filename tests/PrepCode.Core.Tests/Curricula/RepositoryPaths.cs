namespace PrepCode.Core.Tests.Curricula;

/// <summary>Finds the repository by walking up from the test's base directory to the folder holding PrepCode.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CurriculumFixtures => Path.Combine(Root, "tests", "fixtures", "curricula");

    public static string ShippedCurricula => Path.Combine(Root, "curricula");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrepCode.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"PrepCode.sln not found above {AppContext.BaseDirectory}");
    }
}
