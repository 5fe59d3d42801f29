namespace Gongkai.Services.Errors;

/// <summary>The caller is signed in and may see the record but lacks the role the step needs (HTTP 403).</summary>
public interface IForbiddenError;
