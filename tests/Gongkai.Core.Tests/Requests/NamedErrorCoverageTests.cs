using System.Reflection;

namespace Gongkai.Core.Tests.Requests;

/// <summary>Each named error of the request and appeal workflows has at least one test named after it.</summary>
public class NamedErrorCoverageTests
{
    [Fact]
    public void EveryNamedErrorOfTheWorkflows_HasATestNamedAfterIt()
    {
        var errors = typeof(DomainError).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DomainError)) && !t.IsAbstract)
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("Gongkai.Core.Requests", StringComparison.Ordinal) || ns.StartsWith("Gongkai.Core.Appeals", StringComparison.Ordinal)))
            .Select(t => t.Name)
            .ToList();
        var tests = typeof(NamedErrorCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => m.Name)
            .ToList();
        Assert.True(errors.Count > 50, $"expected the workflow errors, found {errors.Count}");
        var untested = errors.Where(e => !tests.Any(t => t.StartsWith(e + "_", StringComparison.Ordinal))).Order().ToList();
        Assert.True(untested.Count == 0, "errors without a test named after them: " + string.Join(", ", untested));
    }
}
