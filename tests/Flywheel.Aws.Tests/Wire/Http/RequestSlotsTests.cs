using Flywheel.Aws.Wire.Http;
using Shouldly;

namespace Flywheel.Aws.Tests.Wire.Http;

public sealed class RequestSlotsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void WaitAsync_MoreCallersThanSlots_OnlyThatManyHoldOneAndTheRestWaitInOrder()
    {
        var slots = new RequestSlots(2);
        var waits = Enumerable.Range(0, 5).Select(_ => slots.WaitAsync(Ct)).ToArray();

        waits.Select(w => w.IsCompletedSuccessfully).ShouldBe([true, true, false, false, false]);
        slots.Release();
        waits.Select(w => w.IsCompletedSuccessfully).ShouldBe([true, true, true, false, false]);
        slots.Release();
        slots.Release();
        waits.Select(w => w.IsCompletedSuccessfully).ShouldBe([true, true, true, true, true]);
    }

    [Fact]
    public async Task Release_WithAWaiter_RunsItsContinuationBeforeReturning()
    {
        var slots = new RequestSlots(1);
        await slots.WaitAsync(Ct);
        var sentOn = -1;
        var waiter = Continue(slots, () => sentOn = Environment.CurrentManagedThreadId);

        slots.Release();

        sentOn.ShouldBe(Environment.CurrentManagedThreadId);
        await waiter;
    }

    [Fact]
    public async Task Release_CancelledWaiterFirst_SlotGoesToTheNextWaiter()
    {
        var slots = new RequestSlots(1);
        await slots.WaitAsync(Ct);
        using var cancel = new CancellationTokenSource();
        var cancelled = slots.WaitAsync(cancel.Token);
        var next = slots.WaitAsync(Ct);

        await cancel.CancelAsync();
        slots.Release();

        cancelled.IsCanceled.ShouldBeTrue();
        next.IsCompletedSuccessfully.ShouldBeTrue();
        slots.WaitAsync(Ct).IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task WaitAsync_AfterEveryHolderReleased_SlotsAreAllFreeAgain()
    {
        var slots = new RequestSlots(3);
        for (var i = 0; i < 3; i++)
        {
            await slots.WaitAsync(Ct);
        }

        for (var i = 0; i < 3; i++)
        {
            slots.Release();
        }

        Enumerable.Range(0, 4).Select(_ => slots.WaitAsync(Ct).IsCompleted).ShouldBe([true, true, true, false]);
    }

    [Fact]
    public async Task Release_LongChainOfHoldersThatReleaseAtOnce_AllRunWithoutOverflowingTheStack()
    {
        const int Holders = 20_000;
        var slots = new RequestSlots(1);
        await slots.WaitAsync(Ct);
        var done = 0;
        var chain = Enumerable.Range(0, Holders).Select(_ => Continue(slots, () =>
        {
            Interlocked.Increment(ref done);
            slots.Release();
        })).ToArray();

        slots.Release();
        await Task.WhenAll(chain).WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, Ct);

        done.ShouldBe(Holders);
        slots.WaitAsync(Ct).IsCompletedSuccessfully.ShouldBeTrue();
    }

    private static async Task Continue(RequestSlots slots, Action then)
    {
        await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        then();
    }
}
