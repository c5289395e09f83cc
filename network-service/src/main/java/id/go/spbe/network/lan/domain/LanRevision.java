package id.go.spbe.network.lan.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A LAN inventory as it stood after one change: the copy a change report (N7) diffs and a yearly snapshot (N6)
 * freezes. One per change, id {@code <opd>:<revision>}, written right after the inventory itself.
 */
@Document("lan_revisions")
@CompoundIndex(name = "opd_revision", def = "{'opdCode': 1, 'revision': 1}", unique = true)
public record LanRevision(@Id String id, String opdCode, long revision, LanChange change, String summary,
        String actor, Instant at, InventoryContent content) {

    public static LanRevision of(Lan lan, LanChange change, String summary, String actor, Instant at) {
        return new LanRevision(lan.opdCode() + ":" + lan.revision(), lan.opdCode(), lan.revision(), change, summary,
                actor, at, InventoryContent.of(lan));
    }
}
