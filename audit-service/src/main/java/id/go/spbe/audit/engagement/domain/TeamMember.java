package id.go.spbe.audit.engagement.domain;

/**
 * An auditor on an engagement, copied from the register when assigned (the assignment stands as it was decided).
 *
 * @param username the auditor's login: an assigned auditor sees the engagement and its findings
 */
public record TeamMember(String auditorId, String name, String username, String auditorType, boolean lead) {
}
