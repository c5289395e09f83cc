package id.go.spbe.servicedesk.notification;

import id.go.spbe.servicedesk.notification.domain.DeskContacts;
import id.go.spbe.servicedesk.roster.Tier1Rosters;
import id.go.spbe.servicedesk.roster.Tier2Rosters;
import id.go.spbe.servicedesk.roster.domain.Tier2Agent;
import org.springframework.stereotype.Component;

import java.util.List;

/** The desks' people as the service knows them: the Tier 1 rosters (S2), the Tier 2 roster and mailbox (S3). */
@Component
class RosterContacts implements DeskContacts {

    private final Tier1Rosters rosters;
    private final Tier2Rosters tier2;
    private final NotificationProperties properties;

    RosterContacts(Tier1Rosters rosters, Tier2Rosters tier2, NotificationProperties properties) {
        this.rosters = rosters;
        this.tier2 = tier2;
        this.properties = properties;
    }

    @Override
    public List<Contact> tier1(String opd) {
        return rosters.technicians(opd).stream().map(t -> new Contact(t.username(), t.email())).toList();
    }

    @Override
    public List<Contact> tier2() {
        return tier2.current().activeAgents().stream().map(a -> new Contact(a.username(), a.email())).toList();
    }

    @Override
    public String tier2Email(String username) {
        return tier2.current().agent(username).map(Tier2Agent::email).orElse(null);
    }

    @Override
    public String tier2Mailbox() {
        return properties.tier2Mailbox();
    }
}
