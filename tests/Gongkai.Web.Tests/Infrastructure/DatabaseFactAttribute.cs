using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// A fact that runs once per database provider (through the concrete test class's fixture). On a PostgreSQL test class it
/// is reported as skipped when, and only when, <c>GONGKAI_SKIP_POSTGRES=1</c>; otherwise a missing server makes it fail.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Gongkai.Web.Tests.Infrastructure.DatabaseFactDiscoverer", "Gongkai.Web.Tests")]
public sealed class DatabaseFactAttribute : FactAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var testClass = testMethod.TestClass.Class.ToRuntimeType();
        var skipReason = typeof(IClassFixture<PostgresAppFixture>).IsAssignableFrom(testClass) ? PostgresAppFixture.SkipReason : null;
        yield return new ProviderTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skipReason);
    }
}

/// <summary>An ordinary test case whose skip reason is decided at discovery instead of written in the attribute.</summary>
public sealed class ProviderTestCase : XunitTestCase
{
    private string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ProviderTestCase()
    {
    }

    public ProviderTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string? skipReason)
        : base(sink, display, options, testMethod)
    {
        _skipReason = skipReason;
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skipReason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("ProviderSkipReason", _skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skipReason = data.GetValue<string?>("ProviderSkipReason");
        base.Deserialize(data);
    }
}
