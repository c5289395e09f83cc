package id.go.spbe.audit.auditor.domain;

import java.time.LocalDate;

/** An external auditor's certificate or an audit body's accreditation (AU3, RL p47(3,7), BT p42(3)). */
public record Certificate(String number, String issuer, LocalDate expiresOn) {

    public boolean validThrough(LocalDate day) {
        return !expiresOn.isBefore(day);
    }
}
