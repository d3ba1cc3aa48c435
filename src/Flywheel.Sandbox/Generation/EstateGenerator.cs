using System.Globalization;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>
/// Generates the estate from a <see cref="SandboxEstateSpec"/>: accounts with key pairs, and per account × region
/// a VPC (subnets, route tables, security groups), KMS keys and aliases, RDS instances and clusters, snapshots
/// and secrets, tagged with owner and team, with misconfigurations at the spec's rate. Deterministic per seed.
/// </summary>
internal sealed partial class EstateGenerator(SandboxEstateSpec spec, SandboxEstate estate, DateTimeOffset now)
{
#pragma warning disable CA5394 // Random is insecure: the estate must be reproducible from its seed.
    private readonly Random _random = new(spec.Seed);

    private SandboxIds Ids => estate.Ids;

    public IReadOnlyList<SandboxAccount> Generate()
    {
        var accounts = new List<SandboxAccount>();
        for (var a = 0; a < spec.Accounts; a++)
        {
            var accountId = _random.NextInt64(100_000_000_000, 1_000_000_000_000).ToString(CultureInfo.InvariantCulture);
            accounts.Add(new SandboxAccount(accountId, Ids.AccessKeyId("AKIA"), Ids.SecretAccessKey()));
        }

        foreach (var account in accounts)
        {
            for (var r = 0; r < spec.Regions.Count; r++)
            {
                var state = estate.Region(account.AccountId, spec.Regions[r]);
                lock (state.Gate)
                {
                    GenerateRegion(state, r, accounts);
                }
            }
        }

        return accounts;
    }

    private void GenerateRegion(RegionState state, int regionIndex, List<SandboxAccount> accounts)
    {
        var network = GenerateNetwork(state, regionIndex);
        var keys = GenerateKeys(state);
        GenerateDatabases(state, network, keys, accounts);
        GenerateSecrets(state, keys);
        GenerateMonitoring(state, regionIndex, keys);
    }

    // One draw per decision whatever the rate, so changing one kind's rate does not reshuffle the rest of the estate.
    private bool Misconfigured(string kind) =>
        _random.NextDouble() < (spec.MisconfigurationRates.TryGetValue(kind, out var rate) ? rate : spec.MisconfigurationRate);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private DateTimeOffset DaysAgo(int min, int max) => now.AddDays(-_random.Next(min, max)).AddMinutes(-_random.Next(0, 1440));

    private List<KeyValuePair<string, string>> OwnerTags(string team) =>
    [
        new("team", team),
        new("owner", $"{team}-owner@example.com"),
        new("environment", _random.NextDouble() < 0.6 ? "prod" : "staging"),
    ];
#pragma warning restore CA5394
}
