namespace Flywheel.Rules.Knowledge;

/// <summary>
/// The Principal of a key policy statement: <c>"*"</c> (anyone), or lists of AWS, Service and Federated principals.
/// </summary>
internal sealed record KeyPolicyPrincipal(bool IsAnyone, IReadOnlyList<string> Aws, IReadOnlyList<string> Services, IReadOnlyList<string> Federated)
{
    /// <summary>True for <c>"*"</c> or an AWS principal of <c>"*"</c>: every principal of every account.</summary>
    public bool IsWildcard => IsAnyone || Aws.Contains("*", StringComparer.Ordinal);
}
