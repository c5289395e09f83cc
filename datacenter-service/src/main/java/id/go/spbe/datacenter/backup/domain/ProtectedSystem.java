package id.go.spbe.datacenter.backup.domain;

/** What a backup policy protects (D6): a registered application or a VPS, by id, with its name for people. */
public record ProtectedSystem(Kind kind, String id, String name) {

    public enum Kind {
        APPLICATION, VPS
    }
}
