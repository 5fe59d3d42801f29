using System.Diagnostics;

namespace Gongkai.Documents.Rendering.Pdf;

/// <summary>LibreOffice is not installed or could not be started.</summary>
public sealed class LibreOfficeUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>LibreOffice ran but produced no PDF (it exited with an error, or timed out).</summary>
public sealed class LibreOfficeConversionException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Where LibreOffice is and how long a conversion may take.</summary>
public sealed record LibreOfficeOptions
{
    /// <summary>The soffice executable; null searches PATH and the usual install locations.</summary>
    public string? ExecutablePath { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// Converts a Word document to PDF with LibreOffice in headless mode (<c>soffice --headless --convert-to pdf</c>); LibreOffice
/// embeds the document's fonts (Noto CJK on Debian). Each conversion runs in its own temporary directory with its own
/// LibreOffice profile, so conversions may run in parallel and leave nothing behind.
/// </summary>
public static class LibreOfficeConverter
{
    private static readonly string[] KnownLocations =
        ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/usr/local/bin/soffice",
         "/Applications/LibreOffice.app/Contents/MacOS/soffice", @"C:\Program Files\LibreOffice\program\soffice.exe"];

    /// <summary>The soffice executable that would be used, or null when LibreOffice cannot be found.</summary>
    public static string? FindExecutable(LibreOfficeOptions? options = null)
    {
        if (options?.ExecutablePath is { } configured) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "soffice", "soffice.exe", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return KnownLocations.FirstOrDefault(File.Exists);
    }

    /// <exception cref="LibreOfficeUnavailableException">LibreOffice is not installed (or not at the configured path).</exception>
    /// <exception cref="LibreOfficeConversionException">LibreOffice failed or did not finish within the timeout.</exception>
    public static async Task<byte[]> DocxToPdfAsync(byte[] docx, LibreOfficeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        options ??= new LibreOfficeOptions();
        var executable = FindExecutable(options) ?? throw new LibreOfficeUnavailableException(
            options.ExecutablePath is null
                ? "LibreOffice (soffice) was not found on PATH. Install it, e.g. `apt-get install --no-install-recommends libreoffice-writer`, or set LibreOfficeOptions.ExecutablePath."
                : $"LibreOffice was not found at '{options.ExecutablePath}'.");

        var work = Directory.CreateTempSubdirectory("gongkai-soffice-");
        try
        {
            var input = Path.Combine(work.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;

            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = work.FullName,
            };
            foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", work.FullName, input })
                start.ArgumentList.Add(arg);

            using var process = StartProcess(start, executable);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new LibreOfficeConversionException($"LibreOffice did not convert the document within {options.Timeout.TotalSeconds:0} s.");
            }

            var output = Path.Combine(work.FullName, "report.pdf");
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new LibreOfficeConversionException(
                    $"LibreOffice exited with code {process.ExitCode} without writing a PDF. {(await stderr).Trim()} {(await stdout).Trim()}".Trim());
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { /* a LibreOffice child still closing a file: the temporary directory is left to the OS */ }
        }
    }

    private static Process StartProcess(ProcessStartInfo start, string executable)
    {
        try
        {
            return Process.Start(start) ?? throw new LibreOfficeUnavailableException($"LibreOffice at '{executable}' could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LibreOfficeUnavailableException($"LibreOffice at '{executable}' could not be started: {e.Message}", e);
        }
    }
}
