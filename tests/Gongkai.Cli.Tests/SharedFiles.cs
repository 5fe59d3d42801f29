namespace Gongkai.Cli.Tests;

/// <summary>Files of the shared folder beside the repository (../shared), as in every clone CI makes.</summary>
internal static class SharedFiles
{
    public static string SeedPath => Path.Combine(Root, "seed", "hongsibao-kejiju-2023-annual-report.txt");

    public static string PingtanCorpus => Path.Combine(Root, "corpus", "pingtan");

    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
