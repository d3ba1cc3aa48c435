using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>Generates the JSON Schema (draft 2020-12) of the policy file from the rule registry, for editors.</summary>
public static class PolicySchemaGenerator
{
    public static string Generate(RuleRegistry registry) => throw new NotImplementedException("policy schema: work in progress");
}
