using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Store.Lifecycle;
using Flywheel.TestKit;

namespace Flywheel.Store.Tests.Lifecycle;

public class FindingLifecycleTests
{
    private static readonly DbInstance Db = Some.Instance("db-1");

    private static StoredFindingState Stored(FindingState state, AwsResource? resource = null, string rule = ScanBuilder.Rule, int reopenCount = 0, string? exceptionId = null)
    {
        var r = resource ?? Db;
        return new StoredFindingState(new FindingKey(rule, r.Arn), state, r.ResourceType, r.Name, r.AccountId, r.Region, reopenCount, exceptionId);
    }

    private static LifecyclePlan Decide(ScanBuilder scan, params StoredFindingState[] stored)
    {
        var record = scan.Build();
        return FindingLifecycle.Decide(ScanCoverage.Of(record), stored.ToDictionary(s => s.Key), record.Evaluation.Findings);
    }

    private static ScanBuilder Scan() => new(Some.Now);

    [Fact]
    public void Decide_NewFailure_Opens()
    {
        var plan = Decide(Scan().Fails(Db));

        var transition = plan.Transitions.ShouldHaveSingleItem();
        transition.State.ShouldBe(FindingState.Open);
        transition.Events.ShouldHaveSingleItem().ShouldBe(new LifecycleEvent(FindingEventKind.Opened, "StorageEncrypted is false", null));
    }

    [Fact]
    public void Decide_StillFailing_TouchesWithoutEvent()
    {
        var plan = Decide(Scan().Fails(Db), Stored(FindingState.Open));

        var transition = plan.Transitions.ShouldHaveSingleItem();
        transition.StateChanged.ShouldBeFalse();
        transition.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Decide_PassOnOpen_Resolves()
    {
        var plan = Decide(Scan().Passes(Db), Stored(FindingState.Open));

        plan.ToOutcome(1).Resolved.ShouldBe(1);
        plan.Transitions.ShouldHaveSingleItem().Events.ShouldHaveSingleItem().Reason.ShouldBe("rule passes: StorageEncrypted is true");
    }

    [Fact]
    public void Decide_NotApplicableOnOpen_ResolvesSayingSo()
    {
        var plan = Decide(Scan().NotApplicable(Db), Stored(FindingState.Open));

        plan.Transitions.ShouldHaveSingleItem().Events.ShouldHaveSingleItem().Reason.ShouldBe("rule no longer applies: engine is not covered");
    }

    [Fact]
    public void Decide_PassWithoutHistory_RecordsNothing()
    {
        Decide(Scan().Passes(Db)).Transitions.ShouldBeEmpty();
    }

    [Fact]
    public void Decide_FailAfterResolved_ReopensAndCounts()
    {
        var plan = Decide(Scan().Fails(Db), Stored(FindingState.Resolved, reopenCount: 2));

        var transition = plan.Transitions.ShouldHaveSingleItem();
        transition.ReopenCount.ShouldBe(3);
        transition.Events.ShouldHaveSingleItem().Kind.ShouldBe(FindingEventKind.Reopened);
    }

    [Fact]
    public void Decide_RuleErrorOnOpen_KeepsItOpen()
    {
        var plan = Decide(Scan().Errors(Db), Stored(FindingState.Open));

        plan.Transitions.ShouldBeEmpty();
        plan.KeptForLackOfCoverage.ShouldBe(1);
    }

    [Fact]
    public void Decide_ResourceDeleted_ClosesAsResourceGone()
    {
        var plan = Decide(Scan().Ran(ScanBuilder.Rule), Stored(FindingState.Open));

        var transition = plan.Transitions.ShouldHaveSingleItem();
        transition.State.ShouldBe(FindingState.ResourceGone);
        transition.Observed.ShouldBeNull();
        transition.Events.ShouldHaveSingleItem().ShouldBe(new LifecycleEvent(FindingEventKind.ResourceGone, "AWS::RDS::DBInstance db-1 no longer exists in 123456789012/us-east-1", null));
    }

    [Fact]
    public void Decide_ListDatasetNotCollected_KeepsOpen()
    {
        var plan = Decide(Scan().Ran(ScanBuilder.Rule).Gap(Dataset.RdsDbInstances), Stored(FindingState.Open));

        plan.Transitions.ShouldBeEmpty();
        plan.KeptForLackOfCoverage.ShouldBe(1);
    }

    [Fact]
    public void Decide_OtherDatasetNotCollected_StillGone()
    {
        var plan = Decide(Scan().Ran(ScanBuilder.Rule).Gap(Dataset.KmsKeys), Stored(FindingState.Open));

        plan.Transitions.ShouldHaveSingleItem().State.ShouldBe(FindingState.ResourceGone);
    }

    [Fact]
    public void Decide_AccountRegionNotCollected_KeepsOpen()
    {
        var plan = Decide(Scan().WithoutScopes().Scope(Some.OtherAccount, Some.Region).Ran(ScanBuilder.Rule), Stored(FindingState.Open));

        plan.Transitions.ShouldBeEmpty();
        plan.KeptForLackOfCoverage.ShouldBe(1);
    }

    [Fact]
    public void Decide_RuleNotEvaluated_LeavesFindingAlone()
    {
        var plan = Decide(Scan().Ran(ScanBuilder.OtherRule), Stored(FindingState.Open));

        plan.Transitions.ShouldBeEmpty();
        plan.KeptForLackOfCoverage.ShouldBe(0);
    }

    [Fact]
    public void Decide_ResourcePresentButNotEvaluated_KeepsOpen()
    {
        var plan = Decide(Scan().Ran(ScanBuilder.Rule).Holds(Db), Stored(FindingState.Open));

        plan.Transitions.ShouldBeEmpty();
        plan.KeptForLackOfCoverage.ShouldBe(1);
    }

    [Fact]
    public void Decide_AccountRegionPseudoResourceAbsent_NeverGone()
    {
        var accountRegion = AccountRegion.Create(Some.Account, Some.Region);

        var plan = Decide(Scan().Ran(ScanBuilder.Rule), Stored(FindingState.Open, accountRegion));

        plan.Transitions.ShouldBeEmpty();
    }

    [Fact]
    public void Decide_NewSuppressedFailure_OpensThenSuppresses()
    {
        var exception = new AppliedException("legacy-db", "team-data", "migration planned", Some.Now.AddDays(30), false);

        var plan = Decide(Scan().Suppressed(Db, exception));

        var transition = plan.Transitions.ShouldHaveSingleItem();
        transition.State.ShouldBe(FindingState.Suppressed);
        transition.Events.Select(e => e.Kind).ShouldBe([FindingEventKind.Opened, FindingEventKind.Suppressed]);
        transition.Events[1].Reason.ShouldBe("exception 'legacy-db' owned by team-data until 2026-12-23: migration planned");
    }

    [Fact]
    public void Decide_ExceptionExpired_Unsuppresses()
    {
        var expired = new AppliedException("legacy-db", "team-data", "migration planned", Some.Now.AddDays(-1), true);

        var plan = Decide(Scan().FailsAfterExpiry(Db, expired), Stored(FindingState.Suppressed, exceptionId: "legacy-db"));

        var transition = plan.Transitions.ShouldHaveSingleItem();
        transition.State.ShouldBe(FindingState.Open);
        transition.Events.ShouldHaveSingleItem().ShouldBe(new LifecycleEvent(FindingEventKind.Unsuppressed, "exception 'legacy-db' owned by team-data expired on 2026-11-22", "legacy-db"));
    }

    [Fact]
    public void Decide_SuppressedResourceDeleted_Gone()
    {
        var plan = Decide(Scan().Ran(ScanBuilder.Rule), Stored(FindingState.Suppressed, exceptionId: "legacy-db"));

        plan.Transitions.ShouldHaveSingleItem().State.ShouldBe(FindingState.ResourceGone);
    }

    [Fact]
    public void Decide_FailAfterResourceGone_Reopens()
    {
        var plan = Decide(Scan().Fails(Db), Stored(FindingState.ResourceGone));

        plan.ToOutcome(1).ShouldBe(new ScanRecordOutcome(1, 0, 0, 1, 0, 0, 0, 0));
    }
}
