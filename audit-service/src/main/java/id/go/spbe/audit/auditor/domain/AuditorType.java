package id.go.spbe.audit.auditor.domain;

/**
 * Who may audit (AU3, RL p47(3-7), BT p42(3)): the region's internal ICT audit team set by the head of region's
 * decree, a certified external auditor, or an accredited (or government) audit body.
 */
public enum AuditorType {
    INTERNAL, EXTERNAL_AUDITOR, EXTERNAL_BODY;

    public boolean external() {
        return this != INTERNAL;
    }
}
