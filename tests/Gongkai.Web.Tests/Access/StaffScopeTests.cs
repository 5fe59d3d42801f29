using Gongkai.Services.Access;
using Xunit;

namespace Gongkai.Web.Tests.Access;

public sealed class StaffScopeTests
{
    private static readonly Guid Region = Guid.NewGuid(), AgencyA = Guid.NewGuid(), AgencyB = Guid.NewGuid(),
        Township = Guid.NewGuid(), Elsewhere = Guid.NewGuid();

    private static readonly (Guid, Guid?)[] Tree =
        [(Region, null), (AgencyA, Region), (AgencyB, Region), (Township, AgencyB), (Elsewhere, null)];

    [Fact]
    public void Clerk_ReadsAndWritesOwnAgencyOnly()
    {
        var scope = StaffScope.ForAgency(AgencyA, AccountRole.Clerk);
        Assert.True(scope.CanRead(AgencyA));
        Assert.True(scope.CanWrite(AgencyA));
        Assert.False(scope.CanRead(AgencyB));
        Assert.False(scope.CanWrite(AgencyB));
        Assert.False(scope.CanAdminister(AgencyA));
    }

    [Fact]
    public void Supervisor_ReadsWholeRegionAtAnyDepth_AndChangesNothing()
    {
        var scope = new StaffScope(Guid.NewGuid(), "sup", Region, [AccountRole.Supervisor], AgencySubtree.Below(Region, Tree));
        Assert.True(scope.CanRead(AgencyA));
        Assert.True(scope.CanRead(Township));
        Assert.False(scope.CanRead(Elsewhere));
        Assert.False(scope.CanWrite(AgencyA));
        Assert.False(scope.CanWrite(Region));
    }

    [Fact]
    public void SystemAdmin_AdministersSubtree_ButReadsNoRecords()
    {
        var scope = new StaffScope(Guid.NewGuid(), "root", Region, [AccountRole.SystemAdmin], AgencySubtree.Below(Region, Tree));
        Assert.True(scope.CanAdminister(Township));
        Assert.False(scope.CanRead(AgencyA));
        Assert.False(scope.CanWrite(AgencyA));
    }

    [Fact]
    public void AgencyAdmin_AdministersOwnAgency_AndMayReadIt()
    {
        var scope = StaffScope.ForAgency(AgencyB, AccountRole.AgencyAdmin);
        Assert.True(scope.CanAdminister(AgencyB));
        Assert.False(scope.CanAdminister(Township));
        Assert.True(scope.CanRead(AgencyB));
        Assert.False(scope.CanWrite(AgencyB));
    }

    [Fact]
    public void Subtree_IgnoresCyclesInBadData()
    {
        Guid x = Guid.NewGuid(), y = Guid.NewGuid();
        Assert.Equal([y], AgencySubtree.Below(x, [(x, y), (y, x)]));
    }
}
