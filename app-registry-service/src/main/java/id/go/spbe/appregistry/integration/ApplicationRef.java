package id.go.spbe.appregistry.integration;

import id.go.spbe.appregistry.application.domain.Application;

/**
 * One side of a relation as shown to either owner: id, name and owner OPD. The other side's name is shown even when
 * another OPD owns it, because the relation itself is visible to both owners and is meaningless without knowing what
 * it connects to; nothing else of the other application is revealed.
 *
 * @param name {@code null} when the application is no longer in the register
 */
public record ApplicationRef(String id, String name, String ownerOpd) {

    static ApplicationRef of(Application app) {
        return new ApplicationRef(app.id(), app.name(), app.ownerOpd());
    }

    /** An application that left the register: its id and the owner recorded with the relation. */
    static ApplicationRef gone(String id, String recordedOwner) {
        return new ApplicationRef(id, null, recordedOwner);
    }
}
