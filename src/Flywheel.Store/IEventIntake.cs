namespace Flywheel.Store;

/// <summary>De-duplicates incoming events (EventBridge, SQS, HTTP) by their id and tracks their processing.</summary>
public interface IEventIntake
{
    /// <summary>Accepts an event once: a second delivery of the same id is reported as a duplicate.</summary>
    Task<IntakeOutcome> AcceptAsync(IncomingEvent incoming, CancellationToken cancellationToken);

    /// <summary>Marks an accepted event processed, or dead-lettered with the reason when <paramref name="deadLetterReason"/> is set.</summary>
    Task CompleteAsync(string eventId, string? deadLetterReason, CancellationToken cancellationToken);
}
