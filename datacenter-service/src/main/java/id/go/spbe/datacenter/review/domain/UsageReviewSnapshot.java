package id.go.spbe.datacenter.review.domain;

import id.go.spbe.datacenter.review.domain.UsageReviewEvents.UsageReviewFrozen;
import id.go.spbe.platform.domain.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * The yearly usage review of a closed year (D5) as it stood when it was frozen: the region-wide review, kept as the
 * JSON it was answered with, so later changes (a resize, a late backup run, a new OPD) do not rewrite a year already
 * reviewed. One per year ({@code _id} the year): a second freeze of the same year cannot be written.
 */
@Document("usage_review_snapshots")
public class UsageReviewSnapshot extends AggregateRoot {

    @Id
    private Integer year;
    private Instant frozenAt;
    private String frozenBy;
    private boolean automatic;
    private String review;

    UsageReviewSnapshot() {
    }

    /**
     * @param review    the region-wide review of {@code year} as JSON
     * @param automatic frozen by the 1 January job rather than by Dinas on demand
     */
    public static UsageReviewSnapshot freeze(int year, String review, UsageReviewFrozen.Summary summary,
            boolean automatic, String by, Instant now) {
        UsageReviewSnapshot s = new UsageReviewSnapshot();
        s.year = year;
        s.review = review;
        s.automatic = automatic;
        s.frozenBy = by;
        s.frozenAt = now;
        s.raise(new UsageReviewFrozen(UUID.randomUUID(), now, year, automatic, by, summary));
        return s;
    }

    public int year() {
        return year;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public String frozenBy() {
        return frozenBy;
    }

    public boolean automatic() {
        return automatic;
    }

    public String review() {
        return review;
    }
}
