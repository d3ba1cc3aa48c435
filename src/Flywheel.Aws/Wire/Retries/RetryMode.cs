namespace Flywheel.Aws.Wire.Retries;

/// <summary>The AWS SDK retry modes Flywheel implements.</summary>
internal enum RetryMode
{
    /// <summary>Retries with exponential backoff and full jitter, bounded by attempts and a shared retry quota.</summary>
    Standard,

    /// <summary>Standard, plus a client-side rate limiter (CUBIC) per account × region × API that slows down on throttling.</summary>
    Adaptive,
}
