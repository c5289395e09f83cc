package id.go.spbe.platform.documents;

/**
 * Whose document it is, in the using service's terms: {@code new OwnerRef("application", id)},
 * {@code new OwnerRef("ticket", number)}. Stored with the bytes so an orphan can be traced to its owner; the owning
 * aggregate stays the authority on which files it has recorded.
 */
public record OwnerRef(String type, String id) {

    public OwnerRef {
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("an owner needs a type and an id");
        }
    }
}
