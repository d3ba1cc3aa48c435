using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>Compares the CloudWatch Logs exports of an instance or cluster with the types required for its engine.</summary>
internal static class LogExportsCheck
{
    public static RuleResult Evaluate(string engine, IReadOnlyList<string>? enabled, IReadOnlyDictionary<string, List<string>> requiredByEngine)
    {
        var required = EngineLogTypes.For(requiredByEngine, engine);
        if (required is null || required.Count == 0)
        {
            return RuleResult.NotApplicable($"no required log types are configured for engine {engine}", new Evidence("Engine", engine));
        }

        if (enabled is null)
        {
            return RuleResult.Missing("EnabledCloudwatchLogsExports");
        }

        var evidence = Evidence.Of("EnabledCloudwatchLogsExports", enabled);
        var missing = required.Where(t => !enabled.Contains(t, StringComparer.Ordinal)).ToArray();
        return missing.Length == 0
            ? RuleResult.Pass($"exports {string.Join(", ", required)} logs to CloudWatch Logs", evidence)
            : RuleResult.Fail($"{engine} log types not exported to CloudWatch Logs: {string.Join(", ", missing)} (exported: {(enabled.Count == 0 ? "none" : string.Join(", ", enabled))})", evidence, Evidence.Of("MissingLogTypes", missing));
    }
}
