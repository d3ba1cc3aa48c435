using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Tests.Support;

/// <summary>Reads the sandbox's state directly, to pick resources for a test.</summary>
internal static class EstateQueries
{
    public static T Read<T>(this TestSandbox sandbox, Func<RegionState, T> read, string region = "us-east-1")
    {
        var state = sandbox.Server.Estate.Region(sandbox.Account.AccountId, region);
        lock (state.Gate)
        {
            return read(state);
        }
    }

    public static string StandaloneInstance(this TestSandbox sandbox) =>
        sandbox.Read(s => s.Instances.Values.First(i => i.ClusterIdentifier is null).Identifier);

    public static string CustomerKey(this TestSandbox sandbox, string keySpec = "SYMMETRIC_DEFAULT") =>
        sandbox.Read(s => s.Keys.Values.First(k => k.KeyManager == "CUSTOMER" && k.KeySpec == keySpec).KeyId);
}
