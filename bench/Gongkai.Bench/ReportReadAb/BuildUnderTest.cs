using System.Collections;
using System.Reflection;
using System.Runtime.Loader;

namespace Gongkai.Bench.ReportReadAb;

/// <summary>
/// One build of the reader and the checks (a directory holding Gongkai.Core.dll and Gongkai.Documents.dll with their
/// dependencies, e.g. a copy of this bench's bin/Release/net10.0) loaded in a load context of its own, so that two builds
/// run side by side in one process. Reached by reflection: the entry points are public and have kept their signatures.
/// </summary>
internal sealed class BuildUnderTest
{
    private readonly MethodInfo _checks;
    private readonly PropertyInfo _report;

    public BuildUnderTest(string directory, string name)
    {
        Name = name;
        var context = new AssemblyLoadContext(name);
        context.Resolving += (c, assembly) =>
        {
            var path = Path.Combine(directory, assembly.Name + ".dll");
            return File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
        };
        Documents = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "Gongkai.Documents.dll")));
        Core = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "Gongkai.Core.dll")));
        var reader = Documents.GetType("Gongkai.Documents.Reading.Text.ReportTextReader", throwOnError: true)!.GetMethod("Read", [typeof(string)])!;
        Read = reader.CreateDelegate<Func<string, object>>();
        _report = reader.ReturnType.GetProperty("Report")!;
        _checks = Core.GetType("Gongkai.Core.Reporting.Checks.ReportChecks", throwOnError: true)!.GetMethods()
            .First(m => m.Name == "Run" && m.GetParameters().Length == 2);
    }

    public string Name { get; }
    public Assembly Documents { get; }
    public Assembly Core { get; }

    /// <summary><c>ReportTextReader.Read(text)</c>: a ReportReading.</summary>
    public Func<string, object> Read { get; }

    /// <summary>The reading's report, or null when nothing report-like was recognised.</summary>
    public object? ReportOf(object reading) => _report.GetValue(reading);

    /// <summary><c>ReportChecks.Run(report)</c>: the findings.</summary>
    public IList Check(object report) => (IList)_checks.Invoke(null, [report, null])!;
}
