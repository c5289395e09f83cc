package id.go.spbe.platform.domain;

/**
 * A resource does not exist, or exists but the caller may not know it does (another OPD's record): both answer 404
 * so that existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super(resource + " '" + id + "' tidak ditemukan");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
