package id.go.spbe.servicedesk.notification.domain;

import java.util.List;

/**
 * Who works a queue and where they read mail: the OPD's Tier 1 roster (S2), the Tier 2 roster and, while that names
 * nobody active, the Tier 2 desk's mailbox (S3).
 */
public interface DeskContacts {

    /** A person on a roster; {@code email} null when the roster names none. */
    record Contact(String username, String email) {
    }

    List<Contact> tier1(String opd);

    /** The active agents of the Tier 2 roster; empty when Dinas has named none (the desk is addressed as a whole). */
    List<Contact> tier2();

    /** The address of a Tier 2 roster agent, active or not (they still hold their tickets); null when not on it. */
    String tier2Email(String username);

    /** Dinas's Tier 2 (and service-centre) mailbox; null when none is configured. */
    String tier2Mailbox();
}
