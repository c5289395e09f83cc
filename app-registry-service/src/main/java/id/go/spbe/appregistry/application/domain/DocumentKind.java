package id.go.spbe.appregistry.application.domain;

/**
 * Kinds of application documentation (A7): MT p13(2) and BT p26(4) name all four; RL p28(7) three. The regulation
 * profile says which are required before deposit (A8). TEST_REPORT and OTHER are accepted but never required.
 */
public enum DocumentKind {
    REQUIREMENTS_SPEC,
    DESIGN_DOCUMENT,
    USER_MANUAL,
    SOURCE_CODE,
    TEST_REPORT,
    OTHER
}
