package id.go.spbe.appregistry.transfer;

/**
 * Something of an imported publiccode.yml the register did not keep as it was: the key (a YAML path such as
 * {@code intendedAudience} or {@code description.it.genericName}) and what happened to it.
 */
public record PubliccodeWarning(String key, String message) {

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
