using Amazon.Runtime.CredentialManagement;

namespace Flywheel.Aws.Wire.Credentials;

/// <summary>
/// The configured default region, in the SDKs' order: AWS_REGION, AWS_DEFAULT_REGION, then the <c>region</c> of
/// the profile (the one given, else AWS_PROFILE, else "default") in the shared config or credentials file.
/// Instance metadata is not asked: a scan names its regions or lists the account's enabled ones.
/// </summary>
internal static class DefaultRegionResolver
{
    public static string? Resolve(string? profile)
    {
        foreach (var variable in (string[])["AWS_REGION", "AWS_DEFAULT_REGION"])
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } region)
            {
                return region.Trim();
            }
        }

        var name = profile ?? (Environment.GetEnvironmentVariable("AWS_PROFILE") is { Length: > 0 } fromEnvironment ? fromEnvironment : "default");
        return new CredentialProfileStoreChain().TryGetProfile(name, out var found) ? found.Region?.SystemName : null;
    }
}
