using System.ComponentModel;

namespace Flywheel.Rules.CloudTrail.CloudtrailTrailMultiRegionLogging;

/// <summary>Options of cloudtrail-trail-multi-region-logging.</summary>
internal sealed class CloudtrailTrailMultiRegionLoggingOptions
{
    [Description("Accept a multi-region trail that records only write management events (read events such as rds:Describe* then go unrecorded).")]
    public bool AllowWriteOnly { get; set; }
}
