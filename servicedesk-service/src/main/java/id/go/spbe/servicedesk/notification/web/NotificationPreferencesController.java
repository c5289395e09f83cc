package id.go.spbe.servicedesk.notification.web;

import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.notification.NotificationPreferenceBook;
import id.go.spbe.servicedesk.notification.NotificationPreferences;
import id.go.spbe.servicedesk.notification.domain.MailTopic;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in user's own e-mail preferences: which kinds of ticket notification also come by e-mail. There is no
 * user in the path — the caller's token names whose preferences these are — so nobody reads or changes another's.
 */
@RestController
@Tag(name = "Notifikasi", description = "In-app inbox and e-mail notifications about tickets")
class NotificationPreferencesController {

    static final String PATH = NotificationController.BASE + "/preferences";

    @Schema(name = "NotificationPreferencesResponse",
            description = "mail: for each kind, whether it also comes by e-mail (true unless switched off). "
                    + "inbox is always true: the in-app inbox receives every kind, as the user's record of what "
                    + "concerned them; only the e-mail copy is optional.")
    record PreferencesView(String username, Map<MailTopic, Boolean> mail, boolean inbox, long version) {

        static PreferencesView of(NotificationPreferences p) {
            Map<MailTopic, Boolean> mail = new LinkedHashMap<>();
            for (MailTopic topic : MailTopic.values()) {
                mail.put(topic, p.mails(topic));
            }
            return new PreferencesView(p.username(), mail, true, p.version());
        }
    }

    @Schema(name = "NotificationPreferencesForm",
            description = "mail: kind → whether it comes by e-mail. Kinds: ASSIGNMENT, COMMENT, INFORMATION_REQUEST, "
                    + "ESCALATION, RESOLUTION, BREACH_WARNING; a kind left out is mailed; an unknown kind is a 400.")
    record PreferencesForm(@NotNull Map<String, Boolean> mail) {

        Set<MailTopic> mailOff() {
            Set<MailTopic> off = EnumSet.noneOf(MailTopic.class);
            for (Map.Entry<String, Boolean> e : mail.entrySet()) {
                MailTopic topic = topic(e.getKey());
                if (e.getValue() == null) {
                    throw new InvalidRequestException("mail." + e.getKey(),
                            "mail." + e.getKey() + " harus true atau false.");
                }
                if (!e.getValue()) {
                    off.add(topic);
                }
            }
            return off;
        }

        private static MailTopic topic(String name) {
            try {
                return MailTopic.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new InvalidRequestException("mail." + name, "Jenis notifikasi '" + name
                        + "' tidak dikenal; yang ada: " + Arrays.stream(MailTopic.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    private final NotificationPreferenceBook preferences;

    NotificationPreferencesController(NotificationPreferenceBook preferences) {
        this.preferences = preferences;
    }

    @GetMapping(PATH)
    @Operation(summary = "My e-mail preferences, with their ETag",
            description = "Every signed-in user has them; never saved: every kind by e-mail, version 0.")
    ResponseEntity<PreferencesView> getPreferences(Caller caller) {
        NotificationPreferences mine = preferences.mine(caller);
        return ResponseEntity.ok().eTag(ETags.of(mine.version())).body(PreferencesView.of(mine));
    }

    @PutMapping(PATH)
    @Operation(summary = "Replace my e-mail preferences",
            description = "Which kinds also come by e-mail; the in-app inbox always gets every kind. Send If-Match "
                    + "with the ETag read (a stale one: 412). An unknown kind or a non-boolean value: 400 naming "
                    + "mail.<kind>. A desk's shared mailbox (e.g. Tier 2's) is not affected by anyone's preferences.")
    ResponseEntity<PreferencesView> replacePreferences(@Valid @RequestBody PreferencesForm form,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        NotificationPreferences saved = preferences.replace(caller, form.mailOff(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(PreferencesView.of(saved));
    }
}
