namespace Flywheel.Store;

/// <summary>An event delivered to the intake; <paramref name="EventId"/> is the sender's id (EventBridge <c>id</c>).</summary>
public sealed record IncomingEvent(string EventId, string Source, string Payload);
