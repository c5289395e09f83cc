package id.go.spbe.appregistry.transfer;

import java.util.List;

/** A publiccode.yml that cannot be imported, with every problem found (400, all at once). */
public class PubliccodeInvalidException extends RuntimeException {

    private final transient List<PubliccodeIssue> issues;

    public PubliccodeInvalidException(List<PubliccodeIssue> issues) {
        super("publiccode.yml tidak sah: " + issues.size() + " masalah.");
        this.issues = List.copyOf(issues);
    }

    public List<PubliccodeIssue> issues() {
        return issues;
    }
}
