package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.domain.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Indexes an application right after it is saved, before the save call returns, so a write is searchable as soon as
 * its response is sent (near-real-time). An event listener rather than an entity callback: callbacks are held by the
 * MongoTemplate, which the index's maintenance needs, and would form a bean cycle.
 */
@Component
class IndexOnSave extends AbstractMongoEventListener<Application> {

    private static final Logger log = LoggerFactory.getLogger(IndexOnSave.class);

    private final ApplicationIndex index;

    IndexOnSave(ApplicationIndex index) {
        this.index = index;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Application> event) {
        try {
            if (index.put(IndexedApplication.of(event.getSource()))) {
                index.refresh();
            }
        } catch (RuntimeException e) {
            // The save has happened and must stand; the periodic catch-up indexes the application later.
            log.warn("could not index application {}: {}", event.getSource().id(), e.toString());
        }
    }
}
