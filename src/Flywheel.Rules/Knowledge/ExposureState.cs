namespace Flywheel.Rules.Knowledge;

/// <summary>What one factor of an internet path says: it opens the path, closes it, or could not be judged.</summary>
internal enum ExposureState
{
    Open,
    Closed,
    Unknown,
}
