package id.go.spbe.appregistry.integration;

import id.go.spbe.appregistry.integration.domain.Integration;
import id.go.spbe.platform.security.Caller;

/** An integration with both applications resolved to their current names and owners. */
public record IntegrationView(Integration integration, ApplicationRef provider, ApplicationRef consumer) {

    /** Either owner may see the relation (and so learn the other side's name); region-wide roles see all. */
    boolean visibleTo(Caller caller) {
        return caller.maySee(provider.ownerOpd()) || caller.maySee(consumer.ownerOpd());
    }
}
