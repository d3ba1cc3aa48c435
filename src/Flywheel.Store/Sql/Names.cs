using Flywheel.Core.Findings;
using Flywheel.Core.Rules;

namespace Flywheel.Store.Sql;

/// <summary>The stored spelling of enums: lower-case and kebab-case, stable across renames in code.</summary>
internal static class Names
{
    public static string Of(FindingState state) => state switch
    {
        FindingState.Open => "open",
        FindingState.Suppressed => "suppressed",
        FindingState.Resolved => "resolved",
        FindingState.ResourceGone => "resource-gone",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static FindingState ToState(string text) => text switch
    {
        "open" => FindingState.Open,
        "suppressed" => FindingState.Suppressed,
        "resolved" => FindingState.Resolved,
        "resource-gone" => FindingState.ResourceGone,
        _ => throw new StoreException($"unknown finding state '{text}' in the store"),
    };

    public static string Of(FindingEventKind kind) => kind switch
    {
        FindingEventKind.Opened => "opened",
        FindingEventKind.Resolved => "resolved",
        FindingEventKind.Reopened => "reopened",
        FindingEventKind.Suppressed => "suppressed",
        FindingEventKind.Unsuppressed => "unsuppressed",
        FindingEventKind.ResourceGone => "resource-gone",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static FindingEventKind ToKind(string text) => text switch
    {
        "opened" => FindingEventKind.Opened,
        "resolved" => FindingEventKind.Resolved,
        "reopened" => FindingEventKind.Reopened,
        "suppressed" => FindingEventKind.Suppressed,
        "unsuppressed" => FindingEventKind.Unsuppressed,
        "resource-gone" => FindingEventKind.ResourceGone,
        _ => throw new StoreException($"unknown finding event '{text}' in the store"),
    };

    public static string Of(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "pass",
        FindingStatus.Fail => "fail",
        FindingStatus.Error => "error",
        FindingStatus.NotApplicable => "not-applicable",
        FindingStatus.Suppressed => "suppressed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static FindingStatus ToStatus(string text) => text switch
    {
        "pass" => FindingStatus.Pass,
        "fail" => FindingStatus.Fail,
        "error" => FindingStatus.Error,
        "not-applicable" => FindingStatus.NotApplicable,
        "suppressed" => FindingStatus.Suppressed,
        _ => throw new StoreException($"unknown finding status '{text}' in the store"),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Informational => "informational",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static Severity ToSeverity(string text) => text switch
    {
        "informational" => Severity.Informational,
        "low" => Severity.Low,
        "medium" => Severity.Medium,
        "high" => Severity.High,
        "critical" => Severity.Critical,
        _ => throw new StoreException($"unknown severity '{text}' in the store"),
    };
}
