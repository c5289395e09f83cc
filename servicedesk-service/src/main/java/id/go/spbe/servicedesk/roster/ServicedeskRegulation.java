package id.go.spbe.servicedesk.roster;

import id.go.spbe.platform.security.Roles;
import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds {@code spbe.regulation.servicedesk} of the active regulation profile: how the region runs its desk, and the
 * role that approves changes (S6; {@code DINAS_ADMIN} where the profile names none). An unknown role fails the start
 * rather than silently letting nobody approve.
 */
@ConfigurationProperties("spbe.regulation.servicedesk")
public record ServicedeskRegulation(ServiceDeskModel model, String changeApprover) {

    public ServicedeskRegulation {
        changeApprover = changeApprover == null || changeApprover.isBlank() ? Roles.DINAS_ADMIN
                : changeApprover.trim();
        if (!Roles.ALL.contains(changeApprover)) {
            throw new IllegalArgumentException("spbe.regulation.servicedesk.change-approver: unknown role "
                    + changeApprover);
        }
    }

    public boolean tiered() {
        return model == ServiceDeskModel.TIERED;
    }
}
