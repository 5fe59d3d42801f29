using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Gongkai.Data.Accounts;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Services.Appeals;
using Gongkai.Services.Disclosure;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Access;

/// <summary>
/// The endpoint × role × scope matrix (issue 4, acceptance): every endpoint of the app — read from the endpoint data
/// source, so endpoints added later are covered without touching this test — is called by an anonymous caller, by an
/// account of each <see cref="AccountRole"/> of agency A (supervisor and system admin sit in A's region and the top
/// region), by a supervisor of another region and by a clerk of agency B, each signed in for real (login form + TOTP;
/// a personal access token on /api). Route parameters are filled with a record of A and a record of B.
/// Expected: a public endpoint never answers 401/403; a staff endpoint sends anonymous callers to sign in (401 on the API),
/// answers 403 to a caller whose roles the policy does not admit, 404 for a record of an agency outside the caller's
/// scope, and success otherwise. No response to a caller of A contains any of B's seeded personal data. No 5xx anywhere.
/// </summary>
public abstract class EndpointMatrixTests<TFixture>(TFixture app, ITestOutputHelper output) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    /// <summary>A record a route parameter can name, with the agency it belongs to (null: not agency data, e.g. a public report check).</summary>
    /// <param name="Role">The role a route value itself requires (a workflow step names its actor), beyond the endpoint's policy.</param>
    public sealed record FilledValue(string Value, Guid? Owner, AccountRole? Role = null);

    /// <summary>
    /// How to fill each route parameter, by route pattern and parameter name: (record of A, record of B). An endpoint with
    /// a required parameter missing here fails the test — add a filler (and seed the records in <see cref="SeedAsync"/>).
    /// </summary>
    private static readonly Dictionary<(string Pattern, string Parameter), Func<Seed, (FilledValue A, FilledValue B)>> Fillers = new()
    {
        [("/admin/accounts/{id:guid}", "id")] = s => (new(s.AccountOfA.ToString(), s.A), new(s.AccountOfB.ToString(), s.B)),
        [("/reports/checks/{id:guid}", "id")] = s => (new(s.ReportCheck.ToString(), null), new(s.ReportCheck.ToString(), null)),
        [("/api/v1/reports/checks/{id:guid}", "id")] = s => (new(s.ReportCheck.ToString(), null), new(s.ReportCheck.ToString(), null)),
        [("/api/v1/agencies/{id:guid}", "id")] = s => (new(s.A.ToString(), s.A), new(s.B.ToString(), s.B)),
        [("/admin/agencies/{id:guid}/edit", "id")] = s => (new(s.A.ToString(), s.A), new(s.B.ToString(), s.B)),
        [("/openapi/{documentName}.json", "documentName")] = _ => (new("v1", null), new("v1", null)),
        // Requests (staff API and page): records of A and of B.
        [("/api/v1/requests/{id:guid}", "id")] = s => Owned(s.RequestOfA, s.A, s.RequestOfB, s.B),
        [("/api/v1/requests/{id:guid}/steps/{step}", "id")] = s => Owned(s.RequestOfA, s.A, s.RequestOfB, s.B),
        // 确认收到 is the clerk's step (RequestCommands): the agency-work policy admits the other work roles to the endpoint, the step refuses them.
        [("/api/v1/requests/{id:guid}/steps/{step}", "step")] = _ => (new("confirm-receipt", null, AccountRole.Clerk), new("confirm-receipt", null, AccountRole.Clerk)),
        [("/api/v1/requests/{id:guid}/letter", "id")] = s => Owned(s.RequestOfA, s.A, s.RequestOfB, s.B),
        [("/requests/{id:guid}", "id")] = s => Owned(s.RequestOfA, s.A, s.RequestOfB, s.B),
        // Appeal cases.
        [("/api/v1/appeals/{id:guid}", "id")] = s => Owned(s.AppealOfA, s.A, s.AppealOfB, s.B),
        [("/api/v1/appeals/{id:guid}/conclusion", "id")] = s => Owned(s.AppealOfA, s.A, s.AppealOfB, s.B),
        [("/staff/appeals/{id:guid}", "id")] = s => Owned(s.AppealOfA, s.A, s.AppealOfB, s.B),
        [("/staff/appeals/{id:guid}/conclude", "id")] = s => Owned(s.AppealOfA, s.A, s.AppealOfB, s.B),
        [("/staff/appeals/cell/{agencyId:guid}/{year:int}/{cellId}", "agencyId")] = s => Owned(s.A, s.A, s.B, s.B),
        [("/staff/appeals/cell/{agencyId:guid}/{year:int}/{cellId}", "year")] = _ => Public(ReportYear),
        [("/staff/appeals/cell/{agencyId:guid}/{year:int}/{cellId}", "cellId")] = _ => Public("t4.a1"),
        // The annual-report workspace of (agency, year).
        [("/staff/reports/{agencyId:guid}/{year:int}", "agencyId")] = s => Owned(s.A, s.A, s.B, s.B),
        [("/staff/reports/{agencyId:guid}/{year:int}", "year")] = _ => Public(ReportYear),
        [("/staff/reports/{agencyId:guid}/{year:int}/prose", "agencyId")] = s => Owned(s.A, s.A, s.B, s.B),
        [("/staff/reports/{agencyId:guid}/{year:int}/prose", "year")] = _ => Public(ReportYear),
        [("/staff/reports/{agencyId:guid}/{year:int}/publish", "agencyId")] = s => Owned(s.A, s.A, s.B, s.B),
        [("/staff/reports/{agencyId:guid}/{year:int}/publish", "year")] = _ => Public(ReportYear),
        [("/staff/reports/{agencyId:guid}/{year:int}/reopen", "agencyId")] = s => Owned(s.A, s.A, s.B, s.B),
        [("/staff/reports/{agencyId:guid}/{year:int}/reopen", "year")] = _ => Public(ReportYear),
        // Catalogue items: the staff page is agency data; the portal shows published items to anyone.
        [("/staff/catalogue/{id:guid}", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/xxgk/items/{itemId:guid}", "itemId")] = s => Public(s.ItemOfA, s.ItemOfB),
        // The catalogue API: staff steps on an item of A and of B; the public read of a published item.
        [("/api/v1/catalogue/items/{id:guid}", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/items/{id:guid}/submit", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/items/{id:guid}/review", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/items/{id:guid}/approve", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/items/{id:guid}/withdraw", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/items/{id:guid}/supersede", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/items/{id:guid}/repeal", "id")] = s => Owned(s.ItemOfA, s.A, s.ItemOfB, s.B),
        [("/api/v1/catalogue/public/items/{itemId:guid}", "itemId")] = s => Public(s.ItemOfA, s.ItemOfB),
        [("/xxgk/items/{itemId:guid}/files/{sha256}", "itemId")] = s => Public(s.ItemOfA, s.ItemOfB),
        [("/xxgk/items/{itemId:guid}/files/{sha256}", "sha256")] = _ => Public(new string('0', 64)),
        // Public portal pages of an agency: public data, so no owner.
        [("/xxgk/{agencyId:guid}", "agencyId")] = s => Public(s.A, s.B),
        [("/xxgk/{agencyId:guid}/guide", "agencyId")] = s => Public(s.A, s.B),
        [("/xxgk/{agencyId:guid}/feed.atom", "agencyId")] = s => Public(s.A, s.B),
        [("/xxgk/{agencyId:guid}/{category}/feed.atom", "agencyId")] = s => Public(s.A, s.B),
        [("/xxgk/{agencyId:guid}/{category}/feed.atom", "category")] = _ => Public("news"),
        [("/apply/{agencyId:guid}", "agencyId")] = s => Public(s.A, s.B),
        [("/reports/annual/{agencyId:guid}/{year:int}", "agencyId")] = s => Public(s.A, s.B),
        [("/reports/annual/{agencyId:guid}/{year:int}", "year")] = _ => Public(ReportYear),
        // Report audit runs: owned by the agency whose staff made them.
        [("/staff/report-audits/{id:guid}", "id")] = s => Owned(s.AuditRunOfA, s.A, s.AuditRunOfB, s.B),
        [("/staff/report-audits/{id:guid}/files/{fileId:guid}", "id")] = s => Owned(s.AuditRunOfA, s.A, s.AuditRunOfB, s.B),
        [("/staff/report-audits/{id:guid}/files/{fileId:guid}", "fileId")] = s => Owned(s.AuditFileOfA, s.A, s.AuditFileOfB, s.B),
    };

    private const int ReportYear = 2023;

    private static (FilledValue A, FilledValue B) Owned(Guid ofA, Guid a, Guid ofB, Guid b) => (new(ofA.ToString(), a), new(ofB.ToString(), b));

    private static (FilledValue A, FilledValue B) Public(Guid ofA, Guid ofB) => (new(ofA.ToString(), null), new(ofB.ToString(), null));

    private static (FilledValue A, FilledValue B) Public(object value) => (new(value.ToString()!, null), new(value.ToString()!, null));

    /// <summary>The seeded agencies and records. Markers are B's personal data that must never reach a caller of A.</summary>
    public sealed record Seed(Guid Top, Guid RegionOfA, Guid RegionOfB, Guid A, Guid B, Guid AccountOfA, Guid AccountOfB, Guid ReportCheck,
        Guid RequestOfA, Guid RequestOfB, Guid ItemOfA, Guid ItemOfB, Guid AppealOfA, Guid AppealOfB, IReadOnlyList<string> MarkersOfB,
        Guid AuditRunOfA, Guid AuditRunOfB, Guid AuditFileOfA, Guid AuditFileOfB);

    private sealed record Caller(string Name, TestAccount? Account, AccountRole[] Roles, HttpClient Pages, HttpClient Api, bool OfAgencyA);

    [DatabaseFact]
    public async Task EveryEndpoint_AnswersEachCaller_AsItsPolicyAndScopeRequire_AndLeaksNothingOfB()
    {
        var seed = await SeedAsync();
        var callers = await CallersAsync(seed);
        Assert.All(Enum.GetValues<AccountRole>(), role => Assert.Contains(callers, c => c.OfAgencyA && c.Roles.Contains(role)));

        var endpoints = EndpointInventory.Read(app.Services.GetRequiredService<EndpointDataSource>());
        var failures = new List<string>();
        var calls = 0;
        foreach (var endpoint in endpoints)
        {
            foreach (var fill in Fill(endpoint, seed, failures))
            {
                foreach (var method in endpoint.IsPage ? ["GET"] : endpoint.Methods)
                {
                    foreach (var caller in callers)
                    {
                        calls++;
                        var client = endpoint.IsApi ? caller.Api : caller.Pages;
                        using var response = await client.SendAsync(Request(method, fill.Path));
                        var body = await response.Content.ReadAsStringAsync();
                        var problem = await JudgeAsync(endpoint, caller, fill, response);
                        if (problem is not null) failures.Add($"{method} {fill.Path} as {caller.Name}: {problem}");
                        // The system admin administers every agency, B's accounts included; every other caller of A must see nothing of B.
                        if (caller.OfAgencyA && !caller.Roles.Contains(AccountRole.SystemAdmin) && seed.MarkersOfB.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leaked)
                            failures.Add($"{method} {fill.Path} as {caller.Name}: the response contains B's '{leaked}'");
                    }
                }
            }
        }
        output.WriteLine($"{endpoints.Count} endpoints, {callers.Count} callers, {calls} calls");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed record FilledRoute(string Path, Guid? Owner, AccountRole? Role = null);

    private static IEnumerable<FilledRoute> Fill(InventoriedEndpoint endpoint, Seed seed, List<string> failures)
    {
        var required = endpoint.Route.Parameters.Where(p => !p.IsOptional).ToList();
        if (required.Count == 0)
        {
            yield return new FilledRoute(Path(endpoint, _ => null), null);
            yield break;
        }
        var values = new Dictionary<string, (FilledValue A, FilledValue B)>();
        foreach (var parameter in required)
        {
            if (!Fillers.TryGetValue((endpoint.Pattern, parameter.Name), out var filler))
            {
                failures.Add($"{endpoint.Pattern}: no filler for route parameter '{parameter.Name}'. Add one to EndpointMatrixTests.Fillers " +
                             "(a record of agency A and one of agency B, seeded in SeedAsync) so the matrix can call this endpoint.");
                yield break;
            }
            values[parameter.Name] = filler(seed);
        }
        yield return new FilledRoute(Path(endpoint, n => values.GetValueOrDefault(n).A?.Value), values.Values.Select(v => v.A.Owner).FirstOrDefault(o => o is not null),
            values.Values.Select(v => v.A.Role).FirstOrDefault(r => r is not null));
        yield return new FilledRoute(Path(endpoint, n => values.GetValueOrDefault(n).B?.Value), values.Values.Select(v => v.B.Owner).FirstOrDefault(o => o is not null),
            values.Values.Select(v => v.B.Role).FirstOrDefault(r => r is not null));
    }

    private static string Path(InventoriedEndpoint endpoint, Func<string, string?> value)
    {
        var path = new StringBuilder();
        foreach (var segment in endpoint.Route.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                text.Append(part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => value(p.Name) ?? "",
                    _ => "",
                });
            }
            if (text.Length > 0) path.Append('/').Append(text);
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is not ("GET" or "HEAD" or "DELETE")) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    private async Task<string?> JudgeAsync(InventoriedEndpoint endpoint, Caller caller, FilledRoute fill, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        var toLogin = status == 302 && location.Contains("/account/login", StringComparison.Ordinal);
        if (status >= 500) return $"server error {status}";
        if (endpoint.Anonymous)
            return status is 401 or 403 ? $"public endpoint answered {status}" : null;
        if (caller.Account is null)
            return endpoint.IsApi ? (status == 401 ? null : $"anonymous API call answered {status}, expected 401")
                : (toLogin ? null : $"anonymous page call answered {status} {location}, expected a redirect to the login page");

        if (!await AdmitsAsync(endpoint.Policy!, caller)) return status == 403 ? null : $"expected 403 (policy {endpoint.Policy}), got {status}";
        // A role the route value requires: a caller without it is refused (403) for its own agency's record; other agencies' stay 404.
        if (fill.Role is { } role && !caller.Roles.Contains(role) && fill.Owner is { } ownRecord && Reaches(caller, ownRecord) == Reach.Yes)
            return status == 403 ? null : $"expected 403 (the route value needs {role}), got {status}";
        // A system admin administers agencies and accounts but reads no business records (StaffScope.CanRead): an endpoint
        // listing records answers it 403 — the role is missing — unless the endpoint is an administrator's.
        if (status == 403 && caller.Roles.Contains(AccountRole.SystemAdmin) && endpoint.Policy is not (Policies.SystemAdmin or Policies.AgencyAdmin)) return null;
        if (status is 401 or 403 || toLogin) return $"the policy {endpoint.Policy} admits the caller but the endpoint answered {status} {location}";
        if (fill.Owner is not { } owner) return status == 404 ? $"404 for an endpoint without agency records" : null;
        var reaches = Reaches(caller, owner);
        if (reaches == Reach.No) return status == 404 ? null : $"a record of another agency answered {status}, expected 404";
        if (reaches == Reach.Yes) return status == 404 ? "the caller's own agency's record answered 404" : null;
        return null;
    }

    private enum Reach { No, Yes, Either }

    // Whose records a caller may see: its own agency; a supervisor its region's agencies; a system admin administers all
    // agencies but reads business records only through a supervisor role, so either answer is accepted for it.
    private Reach Reaches(Caller caller, Guid owner)
    {
        if (caller.Roles.Contains(AccountRole.SystemAdmin)) return Reach.Either;
        var home = caller.Account!.AgencyId;
        if (home == owner) return Reach.Yes;
        if (caller.Roles.Contains(AccountRole.Supervisor) && SeedState!.RegionMembers.TryGetValue(home, out var members) && members.Contains(owner))
            return Reach.Yes;
        return Reach.No;
    }

    private async Task<bool> AdmitsAsync(string policy, Caller caller)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, caller.Account!.Id.ToString()), new(ClaimTypes.Name, caller.Account.UserName),
            new(GongkaiClaims.Agency, caller.Account.AgencyId.ToString()),
        };
        claims.AddRange(caller.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "matrix", ClaimTypes.Name, ClaimTypes.Role));
        await using var scope = app.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, policy)).Succeeded;
    }

    private sealed record State(Dictionary<Guid, HashSet<Guid>> RegionMembers);

    private State? SeedState;

    /// <summary>Top region ⊃ region of A ⊃ A, and ⊃ region of B ⊃ B; an account in each agency; a public report check.</summary>
    protected virtual async Task<Seed> SeedAsync()
    {
        var top = "矩阵顶层" + Guid.NewGuid().ToString("N")[..6];
        var topId = await StaffSignIn.AddAgencyAsync(app, top, "region", null);
        var regionA = await StaffSignIn.AddAgencyAsync(app, "甲区域" + top, "region", top);
        var regionB = await StaffSignIn.AddAgencyAsync(app, "乙区域" + top, "region", top);
        var a = await StaffSignIn.AddAgencyAsync(app, "甲局", "department", "甲区域" + top);
        var b = await StaffSignIn.AddAgencyAsync(app, "乙局", "department", "乙区域" + top);
        SeedState = new State(new() { [regionA] = [regionA, a], [regionB] = [regionB, b], [topId] = [topId, regionA, regionB, a, b] });

        var accountOfA = await StaffSignIn.CreateAccountAsync(app, a, [AccountRole.Clerk]);
        var accountOfB = await StaffSignIn.CreateAccountAsync(app, b, [AccountRole.Clerk]);
        const string nameOfB = "乙泄露员工", phoneOfB = "13987650123";
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var account = (await users.FindByIdAsync(accountOfB.Id.ToString()))!;
            account.DisplayName = nameOfB;
            account.PhoneNumber = phoneOfB;
            Assert.True((await users.UpdateAsync(account)).Succeeded);
        }
        var check = await app.CreateClient().PostAsync("/api/v1/reports/check", new StringContent(TestReports.Consistent, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        var checkId = System.Text.Json.JsonDocument.Parse(await check.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        // A request, a published catalogue item and an appeal case of each agency, made through the services as the app makes them.
        const string applicantOfB = "乙泄露申请人", applicantPhoneOfB = "13912340987";
        var idNumberOfB = ResidentId("11010519850611432");
        var requestOfA = await RequestAsync(a, "甲申请人", ResidentId("11010519900307123"), "13800000000");
        var requestOfB = await RequestAsync(b, applicantOfB, idNumberOfB, applicantPhoneOfB);
        var itemOfA = await PublishedItemAsync(a);
        var itemOfB = await PublishedItemAsync(b);
        var appealOfA = await AppealAsync(a, requestOfA);
        var appealOfB = await AppealAsync(b, requestOfB);
        var (auditRunOfA, auditFileOfA) = await AuditRunAsync(a);
        var (auditRunOfB, auditFileOfB) = await AuditRunAsync(b);
        return new Seed(topId, regionA, regionB, a, b, accountOfA.Id, accountOfB.Id, checkId, requestOfA.Id, requestOfB.Id, itemOfA, itemOfB,
            appealOfA, appealOfB, [accountOfB.UserName, nameOfB, phoneOfB, applicantOfB, idNumberOfB, applicantPhoneOfB],
            auditRunOfA, auditRunOfB, auditFileOfA, auditFileOfB);
    }

    private static string ResidentId(string body17) => body17 + Gongkai.Core.Identifiers.ResidentIdNumber.CheckCharacter(body17);

    private async Task<SubmittedRequest> RequestAsync(Guid agency, string name, string idNumber, string phone)
    {
        await using var scope = app.CreateScope();
        var form = new RequestForm
        {
            ApplicantKind = Gongkai.Core.Requests.Intake.ApplicantKind.NaturalPerson, Name = name, IdentityType = "resident-id", IdentityNumber = idNumber,
            Phone = phone, Title = "矩阵测试申请的政府信息", Form = Gongkai.Core.Requests.Intake.InformationForm.Electronic,
            Delivery = Gongkai.Core.Requests.Intake.DeliveryMethod.Online,
        };
        var submitted = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitOnlineAsync(agency, form, []);
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.MessageEn)));
        return submitted.Value;
    }

    private async Task<Guid> PublishedItemAsync(Guid agency)
    {
        async Task<Guid> Step(Func<DisclosureDesk, Task<Gongkai.Core.DomainResult<Guid>>> step)
        {
            await using var scope = app.CreateScope();
            var result = await step(scope.ServiceProvider.GetRequiredService<DisclosureDesk>());
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.MessageEn}")));
            return result.Value;
        }
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = await Step(d => d.DraftAsync(StaffScope.ForAgency(agency, AccountRole.Clerk),
            new ItemInput("矩阵测试公开信息", "news", null, today.AddDays(-2), null, null, "正文", [], ["portal"])));
        await Step(d => d.SubmitAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), id));
        await Step(d => d.PassConfidentialityReviewAsync(StaffScope.ForAgency(agency, AccountRole.ConfidentialityReviewer), id, "不涉密"));
        await Step(d => d.ApproveAsync(StaffScope.ForAgency(agency, AccountRole.ApprovingLeader), id, null, null));
        return id;
    }

    /// <summary>An audit run of the agency with one stored file: (run, file).</summary>
    private async Task<(Guid Run, Guid File)> AuditRunAsync(Guid agency)
    {
        await using var scope = app.CreateScope();
        var auditing = scope.ServiceProvider.GetRequiredService<Gongkai.Services.ReportChecking.ReportAuditing>();
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var run = await auditing.RunAsync(clerk, null, [Gongkai.Services.ReportChecking.ReportSubmission.FromText(TestReports.Consistent, "年报.txt")]);
        return (run.Value, (await auditing.FindAsync(clerk, run.Value)).Value.Files.Single().Id!.Value);
    }

    private async Task<Guid> AppealAsync(Guid agency, SubmittedRequest request)
    {
        await using var scope = app.CreateScope();
        var filed = await scope.ServiceProvider.GetRequiredService<AppealCases>().FileAsync(StaffScope.ForAgency(agency, AccountRole.Clerk),
            new NewAppealCase(agency, Gongkai.Core.Appeals.AppealKind.Reconsideration, request.Id, request.Number, new DateOnly(ReportYear, 3, 2), null,
                Gongkai.Core.Calendar.ChinaStandardTime.Today(app.Clock)));
        Assert.True(filed.Succeeded, filed.Error?.MessageEn);
        return filed.Value.Id;
    }

    private async Task<List<Caller>> CallersAsync(Seed seed)
    {
        var callers = new List<Caller> { new("anonymous", null, [], StaffSignIn.NewClient(app), StaffSignIn.NewClient(app), false) };
        async Task Add(string name, Guid agency, AccountRole role, bool ofA)
        {
            var account = await StaffSignIn.CreateAccountAsync(app, agency, [role]);
            var pages = await StaffSignIn.SignedInClientAsync(app, account);
            string secret;
            await using (var scope = app.CreateScope())
                secret = (await scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>().CreateAsync(account.Id, "matrix", 30)).Value.Secret;
            var api = StaffSignIn.NewClient(app);
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            callers.Add(new Caller(name, account, [role], pages, api, ofA));
        }
        foreach (var role in new[] { AccountRole.Clerk, AccountRole.ConfidentialityReviewer, AccountRole.ApprovingLeader, AccountRole.DisclosureOfficeHead, AccountRole.AgencyAdmin })
            await Add($"{role} of A", seed.A, role, ofA: true);
        await Add("Supervisor of A's region", seed.RegionOfA, AccountRole.Supervisor, ofA: true);
        await Add("SystemAdmin", seed.Top, AccountRole.SystemAdmin, ofA: true);
        await Add("Supervisor of another region", seed.RegionOfB, AccountRole.Supervisor, ofA: false);
        await Add("Clerk of B", seed.B, AccountRole.Clerk, ofA: false);
        return callers;
    }
}

public sealed class SqliteEndpointMatrixTests(SqliteAppFixture app, ITestOutputHelper output) : EndpointMatrixTests<SqliteAppFixture>(app, output);

public sealed class PostgresEndpointMatrixTests(PostgresAppFixture app, ITestOutputHelper output) : EndpointMatrixTests<PostgresAppFixture>(app, output);
