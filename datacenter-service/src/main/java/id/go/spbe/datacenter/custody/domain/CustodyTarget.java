package id.go.spbe.datacenter.custody.domain;

/** One system or dataset a consent covers: a registered application, a VPS or a dataset of the register (D8). */
public record CustodyTarget(Kind kind, String id) {

    public enum Kind {
        APPLICATION, VPS, DATASET
    }
}
