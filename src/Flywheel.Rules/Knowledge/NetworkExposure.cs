namespace Flywheel.Rules.Knowledge;

/// <summary>The two network factors of a database endpoint's path from the internet.</summary>
internal sealed record NetworkExposure(ExposureFactor SecurityGroups, ExposureFactor Subnets)
{
    public bool IsReachable => SecurityGroups.State == ExposureState.Open && Subnets.State == ExposureState.Open;

    /// <summary>The factors that close the path (either one is enough).</summary>
    public IEnumerable<ExposureFactor> Closing => new[] { SecurityGroups, Subnets }.Where(f => f.State == ExposureState.Closed);

    /// <summary>The factors that could not be judged.</summary>
    public IEnumerable<ExposureFactor> Unknown => new[] { SecurityGroups, Subnets }.Where(f => f.State == ExposureState.Unknown);
}
