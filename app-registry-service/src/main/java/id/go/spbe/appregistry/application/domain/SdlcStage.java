package id.go.spbe.appregistry.application.domain;

/** The development life cycle every application follows (A5, RL p28(5,6), BT p26(1,2)); order matters. */
public enum SdlcStage {
    REQUIREMENTS_ANALYSIS,
    DESIGN,
    CONSTRUCTION,
    TESTING,
    IMPLEMENTATION;

    boolean isBefore(SdlcStage other) {
        return ordinal() < other.ordinal();
    }
}
