namespace Flywheel.Store;

/// <summary>Whether an event was new (process it) or a redelivery (drop it), with its current status.</summary>
public sealed record IntakeOutcome(bool Accepted, string Status);
