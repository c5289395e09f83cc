package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;
import java.util.List;

/**
 * One step of the evidence-preservation checklist every security incident carries (S8: the incident is secured and
 * Dinas handles the forensics). A KEAMANAN ticket is not resolved before every step is recorded as done.
 */
public record EvidenceItem(String code, String label, String securedBy, Instant securedAt) {

    /** The checklist a new security incident starts with. */
    public static List<EvidenceItem> checklist() {
        return List.of(
                new EvidenceItem("ISOLATE", "Isolasi sistem terdampak dari jaringan tanpa mematikannya", null, null),
                new EvidenceItem("PRESERVE_LOGS", "Amankan log sistem, aplikasi dan jaringan sebelum tertimpa",
                        null, null),
                new EvidenceItem("IMAGE_MEMORY_DISK", "Buat salinan memori dan disk (image) beserta nilai hash-nya",
                        null, null),
                new EvidenceItem("CHAIN_OF_CUSTODY", "Catat rantai penguasaan barang bukti (siapa, kapan, di mana)",
                        null, null),
                new EvidenceItem("REPORT_TO_DINAS", "Laporkan insiden kepada Dinas segera", null, null));
    }

    public boolean secured() {
        return securedAt != null;
    }

    EvidenceItem secure(String by, Instant at) {
        return new EvidenceItem(code, label, by, at);
    }
}
