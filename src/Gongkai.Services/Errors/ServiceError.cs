namespace Gongkai.Services.Errors;

/// <summary>What kind of failure an error is; each host maps the kind once (HTTP status, CLI exit code).</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or missing.</summary>
    Invalid,
    /// <summary>The input exceeds a configured size limit.</summary>
    TooLarge,
    /// <summary>The input is of a kind this use case does not accept (e.g. a PDF where text is expected).</summary>
    UnsupportedContent,
    /// <summary>The input is well-formed but cannot be processed (e.g. text that is no annual report).</summary>
    Unprocessable,
    /// <summary>The thing asked for does not exist.</summary>
    NotFound,
}

/// <summary>
/// A business failure returned as a value (never thrown). Each concrete error is a record named after the condition;
/// <see cref="MessageZh"/> is shown to users, <see cref="MessageEn"/> is for logs and API clients.
/// </summary>
public abstract record ServiceError(ErrorKind Kind, string Code, string MessageZh, string MessageEn);

/// <summary>The value of a use case, or the error that prevented it.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, ServiceError? error)
    {
        _value = value;
        Error = error;
    }

    public ServiceError? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>The value; reading it on a failed result is a bug.</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"The result failed: {Error.Code}.");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(ServiceError error) => new(default, error);
}
