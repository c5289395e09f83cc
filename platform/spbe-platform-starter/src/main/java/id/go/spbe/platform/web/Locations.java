package id.go.spbe.platform.web;

import org.springframework.web.util.UriUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code Location} headers as relative references (RFC 9110 §10.2.2). Services sit behind the gateway, so an absolute
 * URI built from the request would name the service's internal address instead of the gateway's.
 */
public final class Locations {

    private Locations() {
    }

    /** {@code /api/v1/opds} + {@code DINKES} → {@code /api/v1/opds/DINKES}, the id percent-encoded. */
    public static URI of(String collectionPath, String id) {
        return URI.create(collectionPath + "/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
    }
}
