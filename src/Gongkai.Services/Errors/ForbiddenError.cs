namespace Gongkai.Services.Errors;

/// <summary>The caller is known but its roles do not allow the operation (HTTP 403).</summary>
public interface IForbiddenError;
