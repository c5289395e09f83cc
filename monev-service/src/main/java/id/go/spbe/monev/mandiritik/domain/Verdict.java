package id.go.spbe.monev.mandiritik.domain;

/** Dinas's verdict on one criterion of the regulation (G3). */
public enum Verdict {
    MET,
    NOT_MET
}
