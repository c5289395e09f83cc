package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.platform.csv.CsvText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The register's own CSV layout: what the export writes and the import reads back. Several values in one cell
 * (user OPDs, function domains, tech stack) are separated by {@code ;}.
 */
final class RegisterCsvColumns {

    static final List<String> HEADER = List.of("id", "name", "description", "ownerOpd", "applicationClass",
            "userOpds", "serviceType", "functionDomains", "licenceKind", "licenceSpdx", "sourceRepositoryUrl",
            "techStack", "database", "hostingKind", "hostingReference", "url", "maintenanceType", "maintainer",
            "contractNumber", "contractEndsOn", "status", "stage", "registeredAt");

    /** Written by the export for information; an import ignores them (a new registration starts as DRAFT). */
    static final List<String> INFORMATIONAL = List.of("id", "status", "stage", "registeredAt");

    /** Added by the errors file; ignored on re-upload so a corrected errors file can be sent back as is. */
    static final String ERROR_COLUMN = "error";

    static final String LIST_SEPARATOR = ";";

    private RegisterCsvColumns() {
    }

    /** One application as export cells, in {@link #HEADER} order, guarded against formula injection. */
    static List<String> cells(Application app) {
        ApplicationDetails d = app.details();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(app.id());
        cells.add(d.name());
        cells.add(d.description());
        cells.add(app.ownerOpd());
        cells.add(text(d.applicationClass()));
        cells.add(String.join(LIST_SEPARATOR, d.userOpds()));
        cells.add(text(d.serviceType()));
        cells.add(String.join(LIST_SEPARATOR, d.functionDomains().stream().sorted().map(FunctionDomain::name)
                .toList()));
        cells.add(d.licence() == null ? null : text(d.licence().kind()));
        cells.add(d.licence() == null ? null : d.licence().spdxId());
        cells.add(d.sourceRepositoryUrl());
        cells.add(String.join(LIST_SEPARATOR, d.techStack()));
        cells.add(d.database());
        cells.add(d.hosting() == null ? null : text(d.hosting().kind()));
        cells.add(d.hosting() == null ? null : d.hosting().reference());
        cells.add(d.url());
        cells.add(d.maintenance() == null ? null : text(d.maintenance().type()));
        cells.add(d.maintenance() == null ? null : d.maintenance().maintainer());
        cells.add(d.maintenance() == null ? null : d.maintenance().contractNumber());
        cells.add(d.maintenance() == null ? null : text(d.maintenance().contractEndsOn()));
        cells.add(text(app.status()));
        cells.add(text(app.stage()));
        cells.add(text(app.registeredAt()));
        return cells.stream().map(CsvText::guard).toList();
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
