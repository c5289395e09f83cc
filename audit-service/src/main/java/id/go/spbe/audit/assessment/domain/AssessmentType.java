package id.go.spbe.audit.assessment.domain;

/**
 * The security services Dinas provides to the OPDs and records as assessments (AU8: MB p23(4), SM p23(4), RL p32):
 * vulnerability and risk assessments, penetration tests, hardening help, awareness sessions, incident handling and
 * forensics.
 */
public enum AssessmentType {
    VULNERABILITY_ASSESSMENT, RISK_ASSESSMENT, PENETRATION_TEST, HARDENING, AWARENESS, INCIDENT_HANDLING, FORENSICS
}
