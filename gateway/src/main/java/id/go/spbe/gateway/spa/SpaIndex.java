package id.go.spbe.gateway.spa;

import org.springframework.core.io.Resource;
import org.springframework.util.DigestUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SPA's {@code index.html}, read once at startup: it is a few hundred bytes, every navigation answers it, and
 * its ETag (a digest of the content) lets a browser revalidate it with a 304. Absent when the gateway was built
 * without the web module.
 *
 * @param content      the file's bytes
 * @param etag         a strong ETag over the content
 * @param lastModified when the file was last changed, to the second
 */
record SpaIndex(byte[] content, String etag, Instant lastModified) {

    static final String FILE_NAME = "index.html";

    /** The first {@code index.html} found in the static locations, in their order (as Boot's welcome page does). */
    static Optional<SpaIndex> find(List<Resource> staticLocations) {
        for (Resource location : staticLocations) {
            try {
                Resource index = location.createRelative(FILE_NAME);
                if (index.exists() && index.isReadable()) {
                    return Optional.of(of(index));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the SPA's index in " + location, e);
            }
        }
        return Optional.empty();
    }

    static SpaIndex of(Resource index) throws IOException {
        byte[] content = index.getContentAsByteArray();
        long modified = index.lastModified();
        return new SpaIndex(content, "\"" + DigestUtils.md5DigestAsHex(content) + "\"",
                Instant.ofEpochMilli(modified - modified % 1000));
    }
}
