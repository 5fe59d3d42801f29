using System.CommandLine;

namespace Gongkai.Cli.Tests;

/// <summary>What one `gongkai` invocation printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the real command tree (CommandCatalog) in-process, as Program.cs does, capturing both streams.</summary>
internal static class CliHarness
{
    public static CliResult Run(params string[] args)
    {
        var root = new RootCommand("gongkai (test)");
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliRunner.Run(root, args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fresh data directory per test, deleted afterwards.</summary>
internal sealed class TempDataDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gongkai-test-" + Guid.NewGuid().ToString("N"));

    public TempDataDir() => Directory.CreateDirectory(Path);

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
