namespace Flywheel.Aws.Wire.Http;

/// <summary>Sees every HTTP attempt the wire client makes (a retry is another attempt): call counting, tracing.</summary>
internal interface IAwsCallObserver
{
    void OnAttempt(AwsCallScope scope, string service, string operation, AwsError? error);
}
