namespace Gongkai.Documents.Tests.Support;

/// <summary>Files of the shared folder that lies beside the repository (../shared), as in every clone CI makes.</summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> SharedRoot = new(FindSharedRoot);

    public static string Root => SharedRoot.Value;

    public static string SeedPath => Path.Combine(Root, "seed", "hongsibao-kejiju-2023-annual-report.txt");

    public static string Seed => File.ReadAllText(SeedPath);

    private static string FindSharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
