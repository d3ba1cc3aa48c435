using System.Diagnostics.CodeAnalysis;

namespace Flywheel.Aws.Wire;

/// <summary>The outcome of an AWS call: a value, or the <see cref="AwsError"/> that replaced it.</summary>
internal readonly record struct AwsResult<T>
{
    private AwsResult(T? value, AwsError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public AwsError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static AwsResult<T> Success(T value) => new(value, null);

    public static AwsResult<T> Failure(AwsError error) => new(default, error);

    public AwsResult<TOther> Map<TOther>(Func<T, TOther> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Succeeded ? AwsResult<TOther>.Success(map(Value)) : AwsResult<TOther>.Failure(Error);
    }
}
