package id.go.spbe.servicedesk.notification.domain;

import java.util.List;

/** Who works a queue and where they read mail: the OPD's Tier 1 roster (S2) and the Tier 2 mailbox (S3). */
public interface DeskContacts {

    /** A technician of an OPD's Tier 1 roster; {@code email} null when the roster names none. */
    record Contact(String username, String email) {
    }

    List<Contact> tier1(String opd);

    /** Dinas's Tier 2 (and service-centre) mailbox; null when none is configured. */
    String tier2Mailbox();
}
