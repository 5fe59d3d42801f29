namespace Gongkai.Core;

/// <summary>
/// 业务错误: a business failure of Core returned as a value, never thrown. Every concrete error is a sealed record named after the
/// condition (<c>ExtensionAlreadyGrantedError</c>); <see cref="Code"/> is a stable kebab-case key for hosts (HTTP problem type,
/// CLI message), <see cref="MessageZh"/> is shown to users and <see cref="MessageEn"/> is for logs and API clients.
/// This is the one error style of the domain model; exceptions are for bugs only.
/// </summary>
public abstract record DomainError(string Code, string MessageZh, string MessageEn);

/// <summary>The outcome of any domain operation, without its value: what a host needs to report a failure.</summary>
public interface IDomainResult
{
    bool Succeeded { get; }
    IReadOnlyList<DomainError> Errors { get; }
}

/// <summary>The value of a domain operation, or the errors that prevented it (at least one).</summary>
public sealed class DomainResult<T> : IDomainResult
{
    private readonly T? _value;

    private DomainResult(T? value, IReadOnlyList<DomainError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Empty on success. Validation of a form reports every problem found; a workflow step reports one.</summary>
    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The first error, or null on success.</summary>
    public DomainError? Error => Errors.Count > 0 ? Errors[0] : null;

    /// <summary>The value; reading it on a failed result is a bug.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"The operation failed: {Errors[0].Code}.");

    public static DomainResult<T> Success(T value) => new(value, []);

    public static DomainResult<T> Failure(IEnumerable<DomainError> errors)
    {
        var list = errors.ToList();
        if (list.Count == 0) throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        return new DomainResult<T>(default, list);
    }

    public static implicit operator DomainResult<T>(T value) => Success(value);

    public static implicit operator DomainResult<T>(DomainError error) => new(default, [error]);

    /// <summary>Continues with <paramref name="next"/> when this succeeded; passes the errors on otherwise.</summary>
    public DomainResult<TNext> Then<TNext>(Func<T, DomainResult<TNext>> next) =>
        Succeeded ? next(_value!) : DomainResult<TNext>.Failure(Errors);

    public DomainResult<TNext> Map<TNext>(Func<T, TNext> map) =>
        Succeeded ? DomainResult<TNext>.Success(map(_value!)) : DomainResult<TNext>.Failure(Errors);
}
