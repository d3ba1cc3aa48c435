namespace Flywheel.Aws.Tests.TestDoubles;

/// <summary>A response body that gives its first bytes, then fails as a connection reset mid-body does.</summary>
internal sealed class BreakingStream(byte[] start) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= start.Length)
        {
            throw new IOException("The response ended prematurely.");
        }

        var read = Math.Min(count, start.Length - _position);
        start.AsSpan(_position, read).CopyTo(buffer.AsSpan(offset));
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
