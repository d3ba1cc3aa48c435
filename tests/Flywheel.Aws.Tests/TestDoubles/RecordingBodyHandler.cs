namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>Passes requests on and keeps the status and body bytes of the last reply (the client under test reads the body again).</summary>
internal sealed class RecordingBodyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public int LastStatus { get; private set; }

    public byte[] LastBody { get; private set; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        LastBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        LastStatus = (int)response.StatusCode;
        var copy = new ByteArrayContent(LastBody);
        foreach (var (name, values) in response.Content.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        response.Content = copy;
        return response;
    }
}
