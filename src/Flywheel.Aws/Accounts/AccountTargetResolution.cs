namespace Flywheel.Aws.Accounts;

/// <summary>The accounts to scan, or why they could not be listed (the whole run's error, not one account's).</summary>
internal sealed record AccountTargetResolution(IReadOnlyList<AccountTarget> Targets, string? Error)
{
    public bool Succeeded => Error is null;

    public static AccountTargetResolution Of(IReadOnlyList<AccountTarget> targets) => new(targets, null);

    public static AccountTargetResolution Failed(string error) => new([], error);
}
