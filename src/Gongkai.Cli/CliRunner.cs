using System.CommandLine;

namespace Gongkai.Cli;

internal static class CliRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    /// <summary>Parses and runs; a parse error is exit 2 with a one-line reason on stderr.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var parse = root.Parse(args);
        var err = stderr ?? Console.Error;
        if (parse.Errors.Count > 0)
        {
            err.WriteLine($"error: {parse.Errors[0].Message}");
            return BadInput;
        }
        var config = new InvocationConfiguration { Output = stdout ?? Console.Out, Error = err, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (CliUsageException ex)
        {
            err.WriteLine($"error: {ex.Message}");
            return BadInput;
        }
    }
}

/// <summary>A bad argument value detected after parsing (e.g. a date that does not exist): exit 2 with this message.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
