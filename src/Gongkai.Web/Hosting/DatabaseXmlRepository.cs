using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Gongkai.Data.DataProtection;
using Gongkai.Data.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Keeps the Data Protection key ring in Gongkai's database instead of a node's home directory, so a token or cookie
/// issued by one web node is accepted by every other.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        db.SaveChanges();
    }
}

internal static class DataProtectionInDatabase
{
    public const string ApplicationName = "Gongkai";

    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";
    public const string PreviousCertificatePathKey = "DataProtection:PreviousCertificatePath";
    public const string PreviousCertificatePasswordKey = "DataProtection:PreviousCertificatePassword";

    /// <summary>
    /// The key ring in the database, and — when <c>DataProtection:CertificatePath</c> names a PKCS#12 file with its private key
    /// — each key encrypted with that certificate before it is stored, so that reading the database alone is not enough to
    /// forge a sign-in cookie. Every node needs the same certificate. Without one, keys are stored in clear and ASP.NET Core
    /// warns "No XML encryptor configured" at start (docs/security.md). While a certificate is replaced,
    /// <c>DataProtection:PreviousCertificatePath</c> names the old one, so keys it encrypted can still be read.
    /// </summary>
    public static IServiceCollection AddDataProtectionInDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration[CertificatePathKey] is { Length: > 0 } path)
            protection.ProtectKeysWithCertificate(LoadCertificate(CertificatePathKey, path, configuration[CertificatePasswordKey]));
        if (configuration[PreviousCertificatePathKey] is { Length: > 0 } previous)
            protection.UnprotectKeysWithAnyCertificate(
                LoadCertificate(PreviousCertificatePathKey, previous, configuration[PreviousCertificatePasswordKey]));
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseXmlRepository(scopes));
        return services;
    }

    private static X509Certificate2 LoadCertificate(string setting, string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{setting}: cannot read the certificate '{path}' ({e.Message}). It must be a PKCS#12 (.pfx) file with its " +
                $"private key; give its password in {setting.Replace("Path", "Password", StringComparison.Ordinal)}.", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{setting}: the certificate '{path}' has no private key, so the keys it encrypts could not be read back.");
        return certificate;
    }
}
