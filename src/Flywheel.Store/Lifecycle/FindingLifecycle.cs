using System.Globalization;
using Flywheel.Core.Findings;

namespace Flywheel.Store.Lifecycle;

/// <summary>
/// The finding lifecycle, shared by every store: given what the store holds for the scan's scope and what the scan
/// found and covered, decides each transition. Pure, so both stores behave the same and the rules are tested once.
/// </summary>
/// <remarks>
/// Passing verdicts of findings never stored create nothing (the history holds failures, not every pass).
/// A rule <c>error</c> and a finding the scan did not cover leave the stored state as it was: a collection
/// problem never resolves anything. Absence closes a finding as resource-gone only when <see cref="ScanCoverage"/>
/// proves the resource was deleted.
/// </remarks>
internal static class FindingLifecycle
{
    public static LifecyclePlan Decide(ScanCoverage coverage, IReadOnlyDictionary<FindingKey, StoredFindingState> stored, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(findings);
        var transitions = new List<LifecycleTransition>();
        var seen = new HashSet<FindingKey>();
        var kept = 0;
        foreach (var finding in findings)
        {
            var key = finding.Key;
            if (!seen.Add(key))
            {
                continue;
            }

            stored.TryGetValue(key, out var before);
            if (finding.Status == FindingStatus.Error && before is { State: FindingState.Open or FindingState.Suppressed })
            {
                kept++;
            }

            if (Observe(finding, before) is { } transition)
            {
                transitions.Add(transition);
            }
        }

        foreach (var (key, before) in stored)
        {
            if (seen.Contains(key) || before.State is FindingState.Resolved or FindingState.ResourceGone)
            {
                continue;
            }

            if (!coverage.Covers(key))
            {
                continue;
            }

            if (coverage.WhyNotGone(before) is not null)
            {
                kept++;
                continue;
            }

            var reason = $"{before.ResourceType} {before.ResourceName} no longer exists in {before.AccountId}/{before.Region}";
            transitions.Add(new LifecycleTransition(key, null, FindingState.ResourceGone, true, before.ReopenCount, [new LifecycleEvent(FindingEventKind.ResourceGone, reason, before.ExceptionId)]));
        }

        return new LifecyclePlan(transitions, kept);
    }

    private static LifecycleTransition? Observe(Finding finding, StoredFindingState? before)
    {
        switch (finding.Status)
        {
            case FindingStatus.Fail:
                return Failing(finding, before, FindingState.Open);
            case FindingStatus.Suppressed:
                return Failing(finding, before, FindingState.Suppressed);
            case FindingStatus.Pass:
            case FindingStatus.NotApplicable:
                if (before is { State: FindingState.Open or FindingState.Suppressed })
                {
                    var why = finding.Status == FindingStatus.Pass ? "rule passes" : "rule no longer applies";
                    return new LifecycleTransition(finding.Key, finding, FindingState.Resolved, true, before.ReopenCount, [new LifecycleEvent(FindingEventKind.Resolved, $"{why}: {finding.Reason}", null)]);
                }

                return null;
            default:
                // Error: the verdict is unknown, so the stored state stands (an open finding stays open).
                return null;
        }
    }

    private static LifecycleTransition Failing(Finding finding, StoredFindingState? before, FindingState target)
    {
        var events = new List<LifecycleEvent>(2);
        var reopenCount = before?.ReopenCount ?? 0;
        switch (before?.State)
        {
            case null:
                events.Add(new LifecycleEvent(FindingEventKind.Opened, finding.Reason, null));
                break;
            case FindingState.Resolved or FindingState.ResourceGone:
                reopenCount++;
                events.Add(new LifecycleEvent(FindingEventKind.Reopened, finding.Reason, null));
                break;
            case FindingState.Suppressed when target == FindingState.Open:
                events.Add(new LifecycleEvent(FindingEventKind.Unsuppressed, UnsuppressedReason(finding, before), before.ExceptionId));
                break;
            default:
                break;
        }

        if (target == FindingState.Suppressed && before?.State != FindingState.Suppressed)
        {
            events.Add(new LifecycleEvent(FindingEventKind.Suppressed, SuppressedReason(finding.Exception), finding.Exception?.Id));
        }

        return new LifecycleTransition(finding.Key, finding, target, before?.State != target, reopenCount, events);
    }

    private static string SuppressedReason(AppliedException? exception) => exception is null
        ? "suppressed by an exception"
        : string.Create(CultureInfo.InvariantCulture, $"exception '{exception.Id}' owned by {exception.Owner} until {exception.Expires:yyyy-MM-dd}: {exception.Reason}");

    private static string UnsuppressedReason(Finding finding, StoredFindingState before) => finding.Exception is { Expired: true } expired
        ? string.Create(CultureInfo.InvariantCulture, $"exception '{expired.Id}' owned by {expired.Owner} expired on {expired.Expires:yyyy-MM-dd}")
        : $"exception '{before.ExceptionId}' no longer covers the failure";
}
