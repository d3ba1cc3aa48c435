namespace Flywheel.Aws.Collection;

/// <summary>HTTP requests made to one API during a collection: all attempts, those that failed, those throttled.</summary>
public sealed record ApiCallCount(string Service, string Operation, long Requests, long Failed, long Throttled);
