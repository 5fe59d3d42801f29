namespace Gongkai.Services.Errors;

/// <summary>The caller may see the record but lacks the role for this operation (HTTP 403).</summary>
public interface IForbiddenError;

/// <summary>The record changed since it was read, e.g. two clerks acted at once (HTTP 409).</summary>
public interface IConflictError;
