namespace Flywheel.Aws.Wire.Http;

/// <summary>
/// The request slots of a collection: at most <c>count</c> holders at once, waiters served first come first served.
/// Unlike <see cref="SemaphoreSlim"/>, a released slot is handed to the next waiter on the releasing thread: its
/// request is sent at once instead of after a trip through the thread pool's queue, where it would wait behind
/// every response being parsed, and the slot would stay idle meanwhile. A chain of hand-offs that keep releasing
/// at once (requests failing before they reach the network) goes through the thread pool after a few links, so the
/// stack stays shallow.
/// </summary>
internal sealed class RequestSlots
{
    private const int MaxInlineHandOffs = 8;

    [ThreadStatic]
    private static int _handOffDepth;

    private readonly Lock _gate = new();
    private readonly Queue<Waiter> _waiters = new();
    private int _free;

    public RequestSlots(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _free = count;
    }

    /// <summary>Completes when the caller holds a slot; it must call <see cref="Release"/> once done.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        if (TryTakeFree())
        {
            return Task.CompletedTask;
        }

        // Registered before it is queued, so a waiter handed a slot always has its registration to dispose. A
        // cancelled waiter stays queued; Release skips it (its completion is already taken).
        var waiter = new Waiter();
        waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) => ((Waiter)state!).Completion.TrySetCanceled(token), waiter);
        lock (_gate)
        {
            if (_free == 0)
            {
                _waiters.Enqueue(waiter);
                return waiter.Completion.Task;
            }

            _free--;
        }

        waiter.Registration.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Gives the slot to the longest waiting caller, or frees it.</summary>
    public void Release()
    {
        while (true)
        {
            Waiter next;
            lock (_gate)
            {
                if (!_waiters.TryDequeue(out next!))
                {
                    _free++;
                    return;
                }
            }

            if (_handOffDepth >= MaxInlineHandOffs)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static state => state.Slots.GiveOrPassOn(state.Next), (Slots: this, Next: next), preferLocal: false);
                return;
            }

            if (TryGive(next))
            {
                return;
            }
        }
    }

    private bool TryTakeFree()
    {
        lock (_gate)
        {
            if (_free == 0)
            {
                return false;
            }

            _free--;
            return true;
        }
    }

    private void GiveOrPassOn(Waiter next)
    {
        if (!TryGive(next))
        {
            Release();
        }
    }

    // False when the waiter was cancelled meanwhile: the slot is still the caller's to pass on.
    private static bool TryGive(Waiter next)
    {
        bool given;
        _handOffDepth++;
        try
        {
            given = next.Completion.TrySetResult();
        }
        finally
        {
            _handOffDepth--;
        }

        if (given)
        {
            next.Registration.Dispose();
        }

        return given;
    }

    private sealed class Waiter
    {
        // Continuations run on the thread that completes it: the hand-off.
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.None);

        public CancellationTokenRegistration Registration { get; set; }
    }
}
