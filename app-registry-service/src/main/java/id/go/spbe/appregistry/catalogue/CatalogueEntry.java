package id.go.spbe.appregistry.catalogue;

import id.go.spbe.appregistry.application.domain.Application;

/** An application in the public catalogue with its owner OPD's name as the directory has it. */
public record CatalogueEntry(Application application, String ownerOpdName) {
}
