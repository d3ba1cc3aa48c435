using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Store.Tests.Contract;

/// <summary>
/// The behaviour every store must have. Each derived class (SQLite, PostgreSQL) runs all of it against a fresh,
/// empty store.
/// </summary>
public abstract class FindingStoreContract : IAsyncLifetime
{
    private readonly List<IFlywheelStore> _opened = [];

    protected FakeTimeProvider Time { get; } = new(Some.Now);

    protected static DbInstance Db { get; } = Some.Instance("db-1");

    protected static DbInstance OtherDb { get; } = Some.Instance("db-2");

    /// <summary>Creates the empty store of this test (skipping the test when the store is not available).</summary>
    protected abstract Task PrepareAsync();

    /// <summary>Opens the test's store; a second call opens a second handle on the same database (another writer).</summary>
    protected abstract Task<StoreOpenOutcome> OpenOutcomeAsync();

    protected abstract Task CleanUpAsync();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<IFlywheelStore> OpenAsync()
    {
        if (_opened.Count == 0)
        {
            await PrepareAsync();
        }

        var outcome = await OpenOutcomeAsync();
        outcome.Error.ShouldBeNull();
        _opened.Add(outcome.Store!);
        return outcome.Store!;
    }

    private static ScanBuilder Scan(int day) => new(Some.Now.AddDays(day));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordScan_NewFailure_OpensFinding()
    {
        var store = await OpenAsync();

        var outcome = await store.RecordScanAsync(Scan(0).Fails(Db).Passes(OtherDb).Build(), Ct);

        outcome.ShouldBe(new ScanRecordOutcome(outcome.ScanId, 1, 0, 0, 0, 0, 0, 0));
        var finding = (await store.FindAsync(new FindingFilter { OpenOnly = true }, Ct)).ShouldHaveSingleItem();
        finding.Key.ShouldBe(new FindingKey(ScanBuilder.Rule, Db.Arn));
        finding.State.ShouldBe(FindingState.Open);
        finding.LastStatus.ShouldBe(FindingStatus.Fail);
        finding.Severity.ShouldBe(Core.Rules.Severity.High);
        finding.Reason.ShouldBe("StorageEncrypted is false");
        finding.ResourceName.ShouldBe("db-1");
        finding.FirstSeen.ShouldBe(Some.Now);
        finding.StateChangedAt.ShouldBe(Some.Now);
        finding.Owner.ShouldBe("team-data");
    }

    [Fact]
    public async Task RecordScan_SameFailureAgain_MovesLastSeenOnly()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);

        var outcome = await store.RecordScanAsync(Scan(1).Fails(Db, reason: "still false").Build(), Ct);

        outcome.Opened.ShouldBe(0);
        var finding = (await store.FindAsync(new FindingFilter(), Ct)).ShouldHaveSingleItem();
        finding.LastSeen.ShouldBe(Some.Now.AddDays(1));
        finding.StateChangedAt.ShouldBe(Some.Now);
        finding.Reason.ShouldBe("still false");
        (await store.HistoryAsync(Db.Arn, Ct)).Events.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RecordScan_PassAfterFailure_Resolves()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);

        var outcome = await store.RecordScanAsync(Scan(2).Passes(Db).Build(), Ct);

        outcome.Resolved.ShouldBe(1);
        (await store.FindAsync(new FindingFilter { OpenOnly = true }, Ct)).ShouldBeEmpty();
        var finding = (await store.FindAsync(new FindingFilter(), Ct)).ShouldHaveSingleItem();
        finding.State.ShouldBe(FindingState.Resolved);
        finding.StateChangedAt.ShouldBe(Some.Now.AddDays(2));
        var history = await store.HistoryAsync(Db.Arn, Ct);
        history.Events.Select(e => (e.Kind, e.Reason)).ShouldBe([(FindingEventKind.Opened, "StorageEncrypted is false"), (FindingEventKind.Resolved, "rule passes: StorageEncrypted is true")]);
    }

    [Fact]
    public async Task RecordScan_FailAgainAfterResolved_ReopensAndCounts()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);
        await store.RecordScanAsync(Scan(1).Passes(Db).Build(), Ct);
        var first = await store.RecordScanAsync(Scan(2).Fails(Db).Build(), Ct);
        await store.RecordScanAsync(Scan(3).Passes(Db).Build(), Ct);

        var second = await store.RecordScanAsync(Scan(4).Fails(Db).Build(), Ct);

        first.Reopened.ShouldBe(1);
        second.Reopened.ShouldBe(1);
        var finding = (await store.FindAsync(new FindingFilter { OpenOnly = true }, Ct)).ShouldHaveSingleItem();
        finding.ReopenCount.ShouldBe(2);
        finding.FirstSeen.ShouldBe(Some.Now);
        (await store.HistoryAsync(Db.Arn, Ct)).Events.Select(e => e.Kind).ShouldBe(
            [FindingEventKind.Opened, FindingEventKind.Resolved, FindingEventKind.Reopened, FindingEventKind.Resolved, FindingEventKind.Reopened]);
    }

    [Fact]
    public async Task RecordScan_RuleError_KeepsOpenFindingOpen()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);

        var outcome = await store.RecordScanAsync(Scan(1).Errors(Db).Build(), Ct);

        outcome.ShouldBe(new ScanRecordOutcome(outcome.ScanId, 0, 0, 0, 0, 0, 0, 1));
        var finding = (await store.FindAsync(new FindingFilter { OpenOnly = true }, Ct)).ShouldHaveSingleItem();
        finding.Reason.ShouldBe("StorageEncrypted is false");
    }

    [Fact]
    public async Task RecordScan_ResourceNotCollected_KeepsOpenFindingOpen()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);

        var gap = await store.RecordScanAsync(Scan(1).Ran(ScanBuilder.Rule).Gap(Dataset.RdsDbInstances).Build(), Ct);
        var otherScope = await store.RecordScanAsync(Scan(2).WithoutScopes().Scope(Some.OtherAccount, Some.Region).Ran(ScanBuilder.Rule).Build(), Ct);

        gap.KeptForLackOfCoverage.ShouldBe(1);
        otherScope.ResourceGone.ShouldBe(0);
        (await store.FindAsync(new FindingFilter { OpenOnly = true }, Ct)).ShouldHaveSingleItem().StateChangedAt.ShouldBe(Some.Now);
    }

    [Fact]
    public async Task RecordScan_ResourceDeleted_ClosesAsResourceGoneNotResolved()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Fails(OtherDb).Build(), Ct);

        var outcome = await store.RecordScanAsync(Scan(1).Fails(OtherDb).Build(), Ct);

        outcome.ShouldBe(new ScanRecordOutcome(outcome.ScanId, 0, 0, 0, 1, 0, 0, 0));
        var gone = (await store.FindAsync(new FindingFilter(), Ct)).Single(f => f.ResourceArn == Db.Arn);
        gone.State.ShouldBe(FindingState.ResourceGone);
        var history = await store.HistoryAsync("db-1", Ct);
        history.Resources.ShouldHaveSingleItem().GoneAt.ShouldBe(Some.Now.AddDays(1));
        history.Events[^1].ShouldBe(new FindingEvent(Some.Now.AddDays(1), ScanBuilder.Rule, Db.Arn, FindingEventKind.ResourceGone, "AWS::RDS::DBInstance db-1 no longer exists in 123456789012/us-east-1", outcome.ScanId, null));
    }

    [Fact]
    public async Task RecordScan_ExceptionExpires_ReopensWhatItSuppressed()
    {
        var store = await OpenAsync();
        var exception = new AppliedException("legacy-db", "team-data", "migration planned", Some.Now.AddDays(7), false);
        var suppressed = await store.RecordScanAsync(Scan(0).Suppressed(Db, exception).Build(), Ct);

        var expired = await store.RecordScanAsync(Scan(8).FailsAfterExpiry(Db, exception with { Expired = true }).Build(), Ct);

        suppressed.ShouldBe(new ScanRecordOutcome(suppressed.ScanId, 1, 0, 0, 0, 1, 0, 0));
        expired.ShouldBe(new ScanRecordOutcome(expired.ScanId, 0, 0, 0, 0, 0, 1, 0));
        var finding = (await store.FindAsync(new FindingFilter { OpenOnly = true }, Ct)).ShouldHaveSingleItem();
        finding.ExceptionId.ShouldBe("legacy-db");
        (await store.HistoryAsync(Db.Arn, Ct)).Events.Select(e => (e.Kind, e.Reason)).ShouldBe(
        [
            (FindingEventKind.Opened, "StorageEncrypted is false"),
            (FindingEventKind.Suppressed, "exception 'legacy-db' owned by team-data until 2026-11-30: migration planned"),
            (FindingEventKind.Unsuppressed, "exception 'legacy-db' owned by team-data expired on 2026-11-30"),
        ]);
    }

    [Fact]
    public async Task RecordScan_OnlyPasses_StoresNoFinding()
    {
        var store = await OpenAsync();

        await store.RecordScanAsync(Scan(0).Passes(Db).Build(), Ct);

        (await store.FindAsync(new FindingFilter(), Ct)).ShouldBeEmpty();
        (await store.HistoryAsync(Db.Arn, Ct)).Resources.ShouldHaveSingleItem().LastSeen.ShouldBe(Some.Now);
    }

    [Fact]
    public async Task RecordScan_FailureHalfWay_WritesNothing()
    {
        var store = await OpenAsync();
        var broken = new AppliedException("broken", null!, "owner missing", Some.Now.AddDays(1), false);
        var scan = Scan(0).Fails(Db).Suppressed(OtherDb, broken).Build();

        var thrown = await Should.ThrowAsync<StoreException>(() => store.RecordScanAsync(scan, Ct));

        thrown.Message.ShouldStartWith("could not record the scan (nothing was written) in ");
        thrown.Message.ShouldContain(store.Location);
        (await store.FindAsync(new FindingFilter(), Ct)).ShouldBeEmpty();
        var history = await store.HistoryAsync(Db.Arn, Ct);
        history.Resources.ShouldBeEmpty();
        history.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task FindAsync_Filters_MatchEveryCriterion()
    {
        var store = await OpenAsync();
        var elsewhere = Some.Instance("db-3", account: Some.OtherAccount);
        await store.RecordScanAsync(Scan(0).Fails(Db).Fails(Db, ScanBuilder.OtherRule).Build(), Ct);
        await store.RecordScanAsync(Scan(3).Scope(Some.OtherAccount, Some.Region).Fails(Db).Fails(Db, ScanBuilder.OtherRule).Fails(elsewhere).Fails(OtherDb).Build(), Ct);

        (await store.FindAsync(new FindingFilter(), Ct)).Count.ShouldBe(4);
        (await store.FindAsync(new FindingFilter { Since = Some.Now.AddDays(1) }, Ct)).Select(f => f.ResourceName).Order().ShouldBe(["db-2", "db-3"]);
        (await store.FindAsync(new FindingFilter { Rule = ScanBuilder.OtherRule }, Ct)).ShouldHaveSingleItem().RuleId.ShouldBe(ScanBuilder.OtherRule);
        (await store.FindAsync(new FindingFilter { Rule = "rds-instance-storage-*" }, Ct)).Count.ShouldBe(3);
        (await store.FindAsync(new FindingFilter { AccountId = Some.OtherAccount }, Ct)).ShouldHaveSingleItem().ResourceArn.ShouldBe(elsewhere.Arn);
        (await store.FindAsync(new FindingFilter { Limit = 2 }, Ct)).Count.ShouldBe(2);
        (await store.FindAsync(new FindingFilter { Rule = "rds-*", Limit = 1 }, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task RecordScan_Tags_AttributeOwnerAndStack()
    {
        var store = await OpenAsync();
        var tagged = Db with { Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "payments", ["aws:cloudformation:stack-name"] = "payments-db" } };
        var untagged = OtherDb with { Tags = new Dictionary<string, string>(StringComparer.Ordinal) };

        await store.RecordScanAsync(Scan(0).Fails(tagged).Fails(untagged).Build(), Ct);

        var findings = await store.FindAsync(new FindingFilter(), Ct);
        findings.Single(f => f.ResourceArn == Db.Arn).ShouldSatisfyAllConditions(f => f.Owner.ShouldBe("payments"), f => f.Stack.ShouldBe("payments-db"));
        findings.Single(f => f.ResourceArn == OtherDb.Arn).ShouldSatisfyAllConditions(f => f.Owner.ShouldBeNull(), f => f.Stack.ShouldBeNull());
    }

    [Fact]
    public async Task HistoryAsync_ByName_IncludesRemediations()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);
        var remediation = new RemediationRecord("rds-enable-storage-encryption", ScanBuilder.Rule, Db.Arn, "apply", Some.Now.AddHours(1), Some.Now.AddHours(2), "succeeded", null, "encrypted copy restored");
        await store.RecordAsync(remediation, Ct);
        await store.RecordScanAsync(Scan(1).Passes(Db).Build(), Ct);

        var history = await store.HistoryAsync("db-1", Ct);

        history.Resources.ShouldHaveSingleItem().Arn.ShouldBe(Db.Arn);
        history.Events.Select(e => e.Kind).ShouldBe([FindingEventKind.Opened, FindingEventKind.Resolved]);
        history.Remediations.ShouldHaveSingleItem().ShouldBe(remediation);
        (await store.HistoryAsync("no-such-db", Ct)).ShouldBe(new ResourceHistory([], [], []), new ResourceHistoryComparer());
    }

    [Fact]
    public async Task EventIntake_SameEventTwice_AcceptsOnce()
    {
        var store = await OpenAsync();
        var incoming = new IncomingEvent("evt-1", "aws.rds", "{}");

        var first = await store.AcceptAsync(incoming, Ct);
        var again = await store.AcceptAsync(incoming, Ct);
        await store.CompleteAsync("evt-1", "payload has no detail", Ct);
        var afterDeadLetter = await store.AcceptAsync(incoming, Ct);

        first.ShouldBe(new IntakeOutcome(true, "received"));
        again.ShouldBe(new IntakeOutcome(false, "received"));
        afterDeadLetter.ShouldBe(new IntakeOutcome(false, "dead-letter"));
    }

    [Fact]
    public async Task RotationState_StaleVersion_IsRefused()
    {
        var store = await OpenAsync();
        var state = new RotationState("rot-1", Some.KeyArn(), Db.Arn, "snapshot", "running", "{}", Some.Now, 0);

        (await store.SaveAsync(state, 0, Ct)).ShouldBeTrue();
        (await store.SaveAsync(state, 0, Ct)).ShouldBeFalse();
        (await store.SaveAsync(state with { Step = "copy" }, 1, Ct)).ShouldBeTrue();
        (await store.SaveAsync(state with { Step = "restore" }, 1, Ct)).ShouldBeFalse();

        var stored = await store.GetAsync("rot-1", Ct);
        stored.ShouldBe(state with { Step = "copy", Version = 2 });
        (await store.GetAsync("rot-2", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task OpenAsync_ExistingStore_KeepsData()
    {
        var store = await OpenAsync();
        await store.RecordScanAsync(Scan(0).Fails(Db).Build(), Ct);

        var again = await OpenAsync();

        (await again.FindAsync(new FindingFilter(), Ct)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task RecordScan_ParallelWriters_LoseNoUpdateAndDuplicateNothing()
    {
        var writers = new[] { await OpenAsync(), await OpenAsync() };
        var resources = Enumerable.Range(1, 25).Select(i => Some.Instance($"db-{i}")).ToArray();

        // Each writer alternates failing and passing scans of the same resources; every scan sees the state the
        // previous one left, so the sum of transitions equals the history and the reopen counts.
        var outcomes = await Task.WhenAll(writers.Select((writer, w) => Task.Run(async () =>
        {
            var mine = new List<ScanRecordOutcome>();
            for (var round = 0; round < 6; round++)
            {
                var scan = Scan(round);
                foreach (var resource in resources)
                {
                    _ = round % 2 == 0 ? scan.Fails(resource) : scan.Passes(resource);
                }

                mine.Add(await writer.RecordScanAsync(scan.Build(), Ct));
            }

            return mine;
        }, Ct)));

        var all = outcomes.SelectMany(o => o).ToArray();
        var findings = await writers[0].FindAsync(new FindingFilter(), Ct);
        findings.Count.ShouldBe(25);
        all.Sum(o => o.Opened).ShouldBe(25);
        var events = 0;
        foreach (var resource in resources)
        {
            events += (await writers[0].HistoryAsync(resource.Arn, Ct)).Events.Count;
        }

        events.ShouldBe(all.Sum(o => o.Opened + o.Resolved + o.Reopened));
        findings.Sum(f => f.ReopenCount).ShouldBe(all.Sum(o => o.Reopened));
    }

    private sealed class ResourceHistoryComparer : IEqualityComparer<ResourceHistory>
    {
        public bool Equals(ResourceHistory? x, ResourceHistory? y) =>
            x is not null && y is not null && x.Resources.SequenceEqual(y.Resources) && x.Events.SequenceEqual(y.Events) && x.Remediations.SequenceEqual(y.Remediations);

        public int GetHashCode(ResourceHistory obj) => 0;
    }
}
