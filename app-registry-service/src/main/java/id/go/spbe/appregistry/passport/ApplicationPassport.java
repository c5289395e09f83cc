package id.go.spbe.appregistry.passport;

import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.appregistry.application.ApplicationRegister;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.appregistry.integration.ApplicationIntegrations;
import id.go.spbe.appregistry.integration.IntegrationRegister;
import id.go.spbe.appregistry.integration.IntegrationView;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.passport.PassportView.Change;
import id.go.spbe.appregistry.passport.PassportView.DocumentRow;
import id.go.spbe.appregistry.passport.PassportView.History;
import id.go.spbe.appregistry.passport.PassportView.IntegrationRow;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.reports.SvgCharts;
import id.go.spbe.platform.security.Caller;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application passport as PDF (A1, A7, SEC1): everything the register knows about one application on a few
 * pages, for the OPD's files and for audits. Read through the register's own read path, so whoever may not see the
 * application gets the same 404 as for the application itself; the report seam renders it.
 */
@Service
public class ApplicationPassport {

    private static final int LATEST_CHANGES = 10;

    private final ApplicationRegister register;
    private final IntegrationRegister integrations;
    private final OpdDirectory opds;
    private final ReportRenderer reports;
    private final ChangeHistoryLog histories;

    ApplicationPassport(ApplicationRegister register, IntegrationRegister integrations, OpdDirectory opds,
            ReportRenderer reports, ChangeHistoryLog histories) {
        this.histories = histories;
        this.register = register;
        this.integrations = integrations;
        this.opds = opds;
        this.reports = reports;
    }

    /** A rendered passport and the name to offer it under. */
    public record Passport(String filename, byte[] pdf) {
    }

    public Passport render(Caller caller, String applicationId) {
        Application app = register.get(caller, applicationId);
        PassportView view = view(app, integrations.forApplication(caller, app.id(), null));
        Map<String, Long> versionsPerKind = new LinkedHashMap<>();
        view.documents().forEach(d -> versionsPerKind.merge(d.kind(), 1L, Long::sum));
        List<SvgCharts.Point> chart = versionsPerKind.entrySet().stream()
                .map(e -> SvgCharts.point(e.getKey().replace('_', ' '), e.getValue())).toList();
        Report report = new Report("passport", "Paspor Aplikasi: " + app.name(), "Paspor aplikasi SPBE " + app.id(),
                null, Map.of("app", view, "documentChart", chart));
        return new Passport("paspor-aplikasi-" + app.name() + ".pdf", reports.render(report));
    }

    private PassportView view(Application app, ApplicationIntegrations relations) {
        ApplicationDetails details = app.details();
        String ownerName = opds.find(app.ownerOpd()).map(opd -> opd.name()).orElse(app.ownerOpd());
        return new PassportView(app.id(), app.name(), app.description(), app.url(), app.ownerOpd(), ownerName,
                app.userOpds(), name(app.applicationClass()), name(app.serviceType()),
                app.functionDomains().stream().map(Enum::name).sorted().toList(),
                details.licence() == null ? null : details.licence().kind() + (details.licence().spdxId() == null
                        ? "" : " (" + details.licence().spdxId() + ")"),
                name(app.status()), name(app.stage()),
                details.hosting() == null ? null : details.hosting().kind() + (details.hosting().reference() == null
                        ? "" : ": " + details.hosting().reference()),
                details.maintenance() == null ? null : details.maintenance().type()
                        + (details.maintenance().maintainer() == null ? "" : ", " + details.maintenance().maintainer()),
                details.techStack() == null ? List.of() : details.techStack(),
                app.registeredBy(), app.registeredAt(), app.updatedAt(),
                app.documents().stream().sorted(Comparator.comparing(DocumentVersion::kind)
                        .thenComparing(DocumentVersion::version)).map(ApplicationPassport::documentRow).toList(),
                Stream.concat(relations.provides().stream().map(v -> integrationRow(v, true)),
                        relations.consumes().stream().map(v -> integrationRow(v, false))).toList(),
                history(histories.of(app).entries()));
    }

    private static DocumentRow documentRow(DocumentVersion v) {
        String signature = v.signature() == null ? "tidak bertanda tangan"
                : switch (v.signature().trust()) {
                    case TRUSTED -> "terverifikasi: " + v.signature().signer();
                    case NOT_CHECKED -> "utuh, belum diverifikasi: " + v.signature().signer();
                    case UNTRUSTED -> "tidak tepercaya: " + v.signature().signer();
                };
        return new DocumentRow(v.kind().name(), v.version(), v.filename(), v.contentType(), v.sizeBytes(),
                v.sha256(), signature, v.uploadedAt());
    }

    private static IntegrationRow integrationRow(IntegrationView view, boolean provides) {
        var other = provides ? view.consumer() : view.provider();
        var integration = view.integration();
        return new IntegrationRow(provides ? "menyediakan untuk" : "menggunakan",
                other.name() == null ? "(" + other.id() + ")" : other.name(), other.ownerOpd(),
                name(integration.kind()), name(integration.status()), integration.purpose());
    }

    private static History history(List<HistoryEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            return new History(0, null, null, null, List.of());
        }
        List<Change> latest = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && latest.size() < LATEST_CHANGES; i--) {
            HistoryEntry e = entries.get(i);
            latest.add(new Change(e.sequence(), e.at(), e.actor(), e.action()));
        }
        HistoryEntry last = entries.get(entries.size() - 1);
        return new History(entries.size(), entries.get(0).at(), last.at(), last.hash(), latest);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
