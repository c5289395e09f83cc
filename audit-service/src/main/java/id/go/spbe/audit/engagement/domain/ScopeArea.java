package id.go.spbe.audit.engagement.domain;

/**
 * What an audit examines (AU2, RL p47(2), BT p42(2)): governance and management, functionality, performance, and
 * other aspects (named in the engagement's {@code otherScope}).
 */
public enum ScopeArea {
    GOVERNANCE_AND_MANAGEMENT, FUNCTIONALITY, PERFORMANCE, OTHER
}
