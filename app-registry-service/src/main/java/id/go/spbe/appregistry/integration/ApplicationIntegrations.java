package id.go.spbe.appregistry.integration;

import java.util.List;

/**
 * Both directions of one application's relations.
 *
 * @param provides relations where the application is the provider (others consume it)
 * @param consumes relations where the application is the consumer (it uses others)
 */
public record ApplicationIntegrations(ApplicationRef application, List<IntegrationView> provides,
        List<IntegrationView> consumes) {
}
