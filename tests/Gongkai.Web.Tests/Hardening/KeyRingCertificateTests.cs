using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gongkai.Data.Persistence;
using Gongkai.Web.Hosting;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Hardening;

/// <summary>The app with <c>DataProtection:CertificatePath</c> set to a self-signed certificate made for the run.</summary>
public sealed class KeyRingCertificateFixture : ConfiguredSqliteAppFixture
{
    public const string Password = "key-ring-test";

    public KeyRingCertificateFixture()
    {
        Directory.CreateDirectory(DataDirectory);
        CertificatePath = WriteCertificate("key-ring.pfx");
        NextCertificatePath = WriteCertificate("next-key-ring.pfx");
    }

    public string CertificatePath { get; }

    /// <summary>Another certificate, for replacing the first.</summary>
    public string NextCertificatePath { get; }

    private string WriteCertificate(string file)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Gongkai key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(DataDirectory, file);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [DataProtectionInDatabase.CertificatePathKey] = CertificatePath,
        [DataProtectionInDatabase.CertificatePasswordKey] = Password,
    };
}

/// <summary>
/// The Data Protection key ring (antiforgery tokens, sign-in cookies) is kept in the database; with a certificate configured,
/// each key is stored encrypted, and what it protects still round-trips.
/// </summary>
public sealed class KeyRingCertificateTests(KeyRingCertificateFixture app) : IClassFixture<KeyRingCertificateFixture>
{
    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndAntiforgeryStillRoundTrips()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/reports/check");
        var post = await client.PostAsync("/reports/check", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(form),
            ["Text"] = TestReports.Consistent,
        }));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var scope = app.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Contains("EncryptedData", k.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", k.Xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task WhileTheCertificateIsReplaced_ANodeWithTheNewOneAndThePrevious_AcceptsWhatTheOldKeysProtected()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var page = await app.CreateClient(options).GetAsync("/reports/check");
        var token = HtmlForms.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];
        await using var replacing = app.WithWebHostBuilder(b => b
            .UseSetting(DataProtectionInDatabase.CertificatePathKey, app.NextCertificatePath)
            .UseSetting(DataProtectionInDatabase.PreviousCertificatePathKey, app.CertificatePath)
            .UseSetting(DataProtectionInDatabase.PreviousCertificatePasswordKey, KeyRingCertificateFixture.Password));

        var post = new HttpRequestMessage(HttpMethod.Post, "/reports/check")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Text"] = TestReports.Consistent }),
            Headers = { { "Cookie", cookie } },
        };
        var response = await replacing.CreateClient(options).SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("missing.pfx", null, "cannot read the certificate")]
    [InlineData("key-ring.pfx", "wrong password", "cannot read the certificate")]
    [InlineData("public-only.cer", null, "cannot read the certificate")]
    [InlineData("public-only.pfx", null, "has no private key")]
    public void AnUnusableCertificate_StopsTheStart_NamingTheSetting(string file, string? password, string reason)
    {
        using (var full = X509CertificateLoader.LoadPkcs12FromFile(app.CertificatePath, KeyRingCertificateFixture.Password))
        {
            var publicPart = full.Export(X509ContentType.Cert);
            File.WriteAllBytes(Path.Combine(app.DataDirectory, "public-only.cer"), publicPart);
            using var withoutKey = X509CertificateLoader.LoadCertificate(publicPart);
            File.WriteAllBytes(Path.Combine(app.DataDirectory, "public-only.pfx"), withoutKey.Export(X509ContentType.Pfx));
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataProtectionInDatabase.CertificatePathKey] = Path.Combine(app.DataDirectory, file),
            [DataProtectionInDatabase.CertificatePasswordKey] = password ?? (file == "key-ring.pfx" ? KeyRingCertificateFixture.Password : null),
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDataProtectionInDatabase(configuration));

        Assert.Contains(DataProtectionInDatabase.CertificatePathKey, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
