using Gongkai.Data.Persistence;

namespace Gongkai.Web.Tests.Persistence;

public sealed class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("ReportChecks", "report_checks")]
    [InlineData("Sha256", "sha256")]
    [InlineData("CreatedAt", "created_at")]
    [InlineData("PK_ReportChecks", "pk_report_checks")]
    [InlineData("IX_ReportChecks_CreatedAt", "ix_report_checks_created_at")]
    [InlineData("HTTPRequestId", "http_request_id")]
    [InlineData("already_snake", "already_snake")]
    public void ToSnakeCase_SplitsWordsAtCaseChangesAndKeepsUnderscores(string name, string expected) =>
        Assert.Equal(expected, SnakeCaseNaming.ToSnakeCase(name));
}
