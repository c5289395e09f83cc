package id.go.spbe.servicedesk.notification;

import id.go.spbe.servicedesk.notification.domain.DeskContacts;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import org.springframework.stereotype.Component;

import java.util.List;

/** The desks' people as the service knows them: the Tier 1 rosters (S2) and the configured Tier 2 mailbox. */
@Component
class RosterContacts implements DeskContacts {

    private final Tier1Rosters rosters;
    private final NotificationProperties properties;

    RosterContacts(Tier1Rosters rosters, NotificationProperties properties) {
        this.rosters = rosters;
        this.properties = properties;
    }

    @Override
    public List<Contact> tier1(String opd) {
        return rosters.technicians(opd).stream().map(t -> new Contact(t.username(), t.email())).toList();
    }

    @Override
    public String tier2Mailbox() {
        return properties.tier2Mailbox();
    }
}
