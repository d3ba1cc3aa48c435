namespace Flywheel.Core.Compliance;

/// <summary>One requirement of a framework that a rule supports, for example aws-fsbp RDS.2.</summary>
public sealed record ComplianceMapping(string Framework, string RequirementId);
