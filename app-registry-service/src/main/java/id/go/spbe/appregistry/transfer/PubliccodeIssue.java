package id.go.spbe.appregistry.transfer;

/** One problem in a publiccode.yml: where (a YAML path such as {@code description.it.shortDescription}) and what. */
public record PubliccodeIssue(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
