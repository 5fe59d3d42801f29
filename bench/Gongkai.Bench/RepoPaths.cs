namespace Gongkai.Bench;

internal static class RepoPaths
{
    /// <summary>A file under ../shared beside the repository (where CI and developers keep it).</summary>
    public static string Shared(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        if (dir?.Parent is null) throw new DirectoryNotFoundException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
        return Path.Combine([dir.Parent.FullName, "shared", .. parts]);
    }
}
