using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;
using Flywheel.Store;

namespace Flywheel.Benchmarks.Store;

/// <summary>A synthetic estate: DB instances over four regions, tagged with owners and stacks, 10% of verdicts failing.</summary>
internal static class StoreBenchmarkData
{
    private const string Account = "123456789012";
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"];

    /// <summary>
    /// <paramref name="round"/> shifts which verdicts fail, so a later scan resolves some findings and opens others;
    /// one verdict in <paramref name="failEvery"/> fails (1: all of them).
    /// </summary>
    public static ScanRecord Scan(int resources, int rules, int round, DateTimeOffset at, int failEvery = 10)
    {
        var refs = new ResourceRef[resources];
        for (var i = 0; i < resources; i++)
        {
            var region = Regions[i % Regions.Length];
            var tags = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Owner"] = "team-" + (i % 37).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["aws:cloudformation:stack-name"] = "stack-" + (i % 211).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var name = "db-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            refs[i] = new ResourceRef($"arn:aws:rds:{region}:{Account}:db:{name}", "AWS::RDS::DBInstance", name, Account, region, tags);
        }

        var ruleIds = Enumerable.Range(0, rules).Select(r => "rds-bench-rule-" + r.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var findings = new List<Finding>(resources * rules);
        for (var r = 0; r < rules; r++)
        {
            for (var i = 0; i < resources; i++)
            {
                var fails = (i + (r * 7) + (round * 3)) % failEvery == 0;
                findings.Add(new Finding
                {
                    RuleId = ruleIds[r],
                    Title = "Benchmark rule " + ruleIds[r],
                    Severity = Severity.High,
                    Status = fails ? FindingStatus.Fail : FindingStatus.Pass,
                    Resource = refs[i],
                    Reason = fails ? "StorageEncrypted is false" : "StorageEncrypted is true",
                    Evidence = [new Evidence("StorageEncrypted", fails ? "false" : "true")],
                });
            }
        }

        var scopes = Regions.Select(region => new InventoryScope(Account, region)).ToArray();
        return new ScanRecord("bench", at.AddMinutes(-5), scopes, refs, new EvaluationResult(at, ruleIds, findings, []));
    }
}
