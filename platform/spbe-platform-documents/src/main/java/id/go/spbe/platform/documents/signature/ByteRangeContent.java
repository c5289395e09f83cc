package id.go.spbe.platform.documents.signature;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes a PDF signature covers (its /ByteRange: two spans around the signature value), streamed from the file
 * into whatever digests them, so a large document is never held in memory.
 */
final class ByteRangeContent implements CMSTypedData {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final int[] byteRange;

    ByteRangeContent(Path file, int[] byteRange) {
        this.file = file;
        this.byteRange = byteRange.clone();
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int i = 0; i + 1 < byteRange.length; i += 2) {
                copy(channel, byteRange[i], byteRange[i + 1], out);
            }
        }
    }

    @Override
    public Object getContent() {
        return file;
    }

    /** Reads {@code length} bytes at {@code offset} (used for the short gap holding the signature value). */
    static byte[] read(Path file, long offset, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("range passes the end of the file");
                }
            }
            return buffer.array();
        }
    }

    private static void copy(FileChannel channel, long offset, long length, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long position = offset;
        long end = offset + length;
        while (position < end) {
            buffer.clear().limit((int) Math.min(BUFFER, end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("byte range passes the end of the file");
            }
            out.write(buffer.array(), 0, read);
            position += read;
        }
    }
}
