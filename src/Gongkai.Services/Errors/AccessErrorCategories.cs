namespace Gongkai.Services.Errors;

/// <summary>The record changed since it was read, e.g. two clerks acted at once (HTTP 409).</summary>
public interface IConflictError;
