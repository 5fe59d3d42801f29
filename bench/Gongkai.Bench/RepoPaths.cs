namespace Gongkai.Bench;

internal static class RepoPaths
{
    /// <summary>A file under ../shared beside the repository (where CI and developers keep it).</summary>
    public static string Shared(params string[] parts)
    {
        var root = Root();
        if (root.Parent is null) throw new DirectoryNotFoundException("no directory above " + root.FullName);
        return Path.Combine([root.Parent.FullName, "shared", .. parts]);
    }

    /// <summary>A path inside the repository (the directory holding Gongkai.slnx).</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root().FullName, .. parts]);

    private static DirectoryInfo Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        return dir ?? throw new DirectoryNotFoundException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
