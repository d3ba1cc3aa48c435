namespace Flywheel.Aws.Wire.Retries;

/// <summary>
/// The CUBIC congestion-control curve the SDKs' adaptive mode uses to pick a request rate: multiplicative
/// decrease (β = 0.7) on throttling, then a cubic climb back towards and beyond the last rate that was throttled.
/// </summary>
internal sealed class CubicCalculator(double startingMaxRate, double startTime)
{
    public const double ScaleConstant = 0.4;

    public const double Beta = 0.7;

    private double _lastMaxRate = startingMaxRate;

    private double _lastFailure = startTime;

    private double _inflection = ZeroPoint(startingMaxRate);

    public double SuccessReceived(double timestamp) =>
        (ScaleConstant * Math.Pow(timestamp - _lastFailure - _inflection, 3)) + _lastMaxRate;

    public double ErrorReceived(double currentRate, double timestamp)
    {
        _lastMaxRate = currentRate;
        _inflection = ZeroPoint(currentRate);
        _lastFailure = timestamp;
        return currentRate * Beta;
    }

    private static double ZeroPoint(double maxRate) => Math.Cbrt(maxRate * (1 - Beta) / ScaleConstant);
}
