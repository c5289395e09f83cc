package id.go.spbe.servicedesk.roster;

import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Binds {@code spbe.regulation.servicedesk} of the active regulation profile: how the region runs its desk. */
@ConfigurationProperties("spbe.regulation.servicedesk")
public record ServicedeskRegulation(ServiceDeskModel model) {

    public boolean tiered() {
        return model == ServiceDeskModel.TIERED;
    }
}
