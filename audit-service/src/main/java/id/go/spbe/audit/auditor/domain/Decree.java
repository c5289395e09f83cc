package id.go.spbe.audit.auditor.domain;

import java.time.LocalDate;

/**
 * The decree (Keputusan Bupati/Wali Kota) that appointed the internal ICT audit team (AU3, RL p47(6)).
 *
 * @param documentId the decree's file in the platform's document store, when uploaded
 */
public record Decree(String number, LocalDate date, String documentId) {
}
