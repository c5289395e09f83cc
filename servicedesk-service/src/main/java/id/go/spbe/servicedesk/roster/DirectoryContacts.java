package id.go.spbe.servicedesk.roster;

import id.go.spbe.servicedesk.roster.domain.Tier1Roster;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The directory's Tier 1 contacts and whether each is on its OPD's roster (S2: "the OPD directory's Tier 1 contact
 * and the roster agree"). A contact matches a technician by name (ignoring case and spacing) or by phone number
 * (digits only, +62 read as 0).
 */
@Service
public class DirectoryContacts {

    private final DirectoryContactRepository contacts;

    DirectoryContacts(DirectoryContactRepository contacts) {
        this.contacts = contacts;
    }

    public Optional<DirectoryContact> of(String opd) {
        return contacts.findById(opd);
    }

    /** Keeps the newest state; a null contact (not recorded in the directory) removes ours. */
    public void record(String opd, String name, String phone, String email, Instant asOf) {
        Optional<DirectoryContact> known = contacts.findById(opd);
        if (known.isPresent() && known.get().asOf() != null && known.get().asOf().isAfter(asOf)) {
            return;
        }
        if (name == null) {
            contacts.deleteById(opd);
        } else {
            contacts.save(new DirectoryContact(opd, name, phone, email, asOf));
        }
    }

    /** Whether the directory's contact is one of the roster's technicians; null when the directory names none. */
    public static Boolean agrees(DirectoryContact contact, Tier1Roster roster) {
        if (contact == null) {
            return null;
        }
        if (roster == null) {
            return false;
        }
        return roster.technicians().stream().anyMatch(t -> normalName(t.name()).equals(normalName(contact.name()))
                || t.phone() != null && contact.phone() != null && !digits(t.phone()).isEmpty()
                && digits(t.phone()).equals(digits(contact.phone())));
    }

    private static String normalName(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String digits(String phone) {
        String d = phone.replaceAll("[^0-9]", "");
        return d.startsWith("62") ? "0" + d.substring(2) : d;
    }
}
