namespace Gongkai.Services.Errors;

// What kind of failure a DomainError is, for the hosts: each host maps these once (HTTP status in the web host's
// ProblemMapping, exit codes in the CLI). An error that is none of them is a business rule refusing the operation.

/// <summary>The input is malformed or missing (HTTP 400).</summary>
public interface IInvalidInputError;

/// <summary>The input exceeds a configured size limit (HTTP 413).</summary>
public interface IInputTooLargeError;

/// <summary>The input is of a kind the use case does not take, e.g. a PDF where text is expected (HTTP 415).</summary>
public interface IUnsupportedInputError;

/// <summary>The record asked for does not exist (HTTP 404).</summary>
public interface INotFoundError;

/// <summary>The caller's roles do not allow the operation on a record it may see (HTTP 403).</summary>
public interface IForbiddenError;

/// <summary>The record changed since it was read, e.g. two clerks acted at once, or is not in the state asked for yet (HTTP 409).</summary>
public interface IConflictError;
