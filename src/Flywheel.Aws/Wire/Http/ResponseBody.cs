using Flywheel.Aws.Wire.Protocols;

namespace Flywheel.Aws.Wire.Http;

/// <summary>Reads a response body into a pooled buffer (sized from Content-Length when the response has one).</summary>
internal static class ResponseBody
{
    private const int DefaultCapacity = 16 * 1024;

    public static async Task<PooledBufferWriter> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var buffer = new PooledBufferWriter(declared is > 0 and < int.MaxValue ? (int)declared.Value : DefaultCapacity);
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    // Whatever room is left (the pool rounds sizes up, so a declared length usually leaves some for the
                    // final zero-byte read); the buffer doubles only when full.
                    var room = buffer.GetMemory(1);
                    var read = await stream.ReadAsync(room, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return buffer;
                    }

                    buffer.Advance(read);
                }
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
