using Flywheel.Aws.Wire.Credentials;

namespace Flywheel.Aws.Accounts;

/// <summary><see cref="IRoleAssumer"/> over AWSSDK.SecurityToken, refreshing on the injected clock.</summary>
internal sealed class SdkRoleAssumer(IStsClientFactory clients, string stsRegion, TimeProvider time) : IRoleAssumer
{
    public IAwsCredentialsSource Assume(IAwsCredentialsSource source, AssumeRoleSettings role) =>
        new RefreshingCredentialsSource(new AssumeRoleCredentialsProvider(source, role, clients, stsRegion), time);
}
