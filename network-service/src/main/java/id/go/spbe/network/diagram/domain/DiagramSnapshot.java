package id.go.spbe.network.diagram.domain;

import id.go.spbe.network.lan.domain.InventoryContent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What a submission froze (N6): the diagram generated from the inventory and the inventory itself at one revision.
 * Kept apart from the task so the task stays small; never changed once written.
 */
@Document("lan_diagram_snapshots")
public record DiagramSnapshot(@Id String id, String taskId, String opdCode, int year, long revision, String svg,
        InventoryContent content, Instant takenAt) {
}
