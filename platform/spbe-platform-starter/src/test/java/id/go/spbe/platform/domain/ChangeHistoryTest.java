package id.go.spbe.platform.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SEC1: modification detection over the change history. */
class ChangeHistoryTest {

    private final Instant t0 = Instant.parse("2026-11-22T01:02:03.456789Z");

    private List<HistoryEntry> chainOfThree() {
        List<HistoryEntry> chain = new ArrayList<>();
        chain.add(ChangeHistory.next(chain, t0, "admin.dinas", "created", "{\"a\":1}"));
        chain.add(ChangeHistory.next(chain, t0.plusSeconds(1), "admin.dinas", "updated", "{\"a\":2}"));
        chain.add(ChangeHistory.next(chain, t0.plusSeconds(2), "operator.dinkes", "submitted", "{}"));
        return chain;
    }

    @Test
    void anUntouchedChainVerifiesAndLinksEachEntryToThePrevious() {
        List<HistoryEntry> chain = chainOfThree();
        assertThat(ChangeHistory.firstBrokenEntry(chain)).isEmpty();
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(0).previousHash()).isEqualTo(ChangeHistory.GENESIS);
    }

    @Test
    void theNextLinkNeedsOnlyTheHeadNotTheWholeChain() {
        List<HistoryEntry> chain = chainOfThree();
        HistoryHead head = HistoryHead.of(chain.get(2));
        assertThat(ChangeHistory.next(head, t0.plusSeconds(3), "admin.dinas", "activated", "{}"))
                .isEqualTo(ChangeHistory.next(chain, t0.plusSeconds(3), "admin.dinas", "activated", "{}"));
    }

    @Test
    void sec1AChainThatStopsShortOfOrGoesBeyondTheAggregatesHeadIsReported() {
        List<HistoryEntry> chain = chainOfThree();
        HistoryHead head = HistoryHead.of(chain.get(2));
        assertThat(ChangeHistory.firstBrokenSequence(chain, head)).isEmpty();
        assertThat(ChangeHistory.firstBrokenSequence(chain.subList(0, 2), head)).contains(3L);
        assertThat(ChangeHistory.firstBrokenSequence(chain, HistoryHead.of(chain.get(1)))).contains(3L);
        assertThat(ChangeHistory.firstBrokenSequence(List.of(), HistoryHead.GENESIS)).isEmpty();
    }

    @Test
    void timestampsAreKeptAtTheMillisecondsMongoStoresSoAReloadedChainStillVerifies() {
        assertThat(chainOfThree().get(0).at()).isEqualTo(Instant.parse("2026-11-22T01:02:03.456Z"));
    }

    @Test
    void sec1EditingAnEntryIsDetected() {
        List<HistoryEntry> chain = chainOfThree();
        HistoryEntry e = chain.get(1);
        chain.set(1, new HistoryEntry(e.sequence(), e.at(), "mallory", e.action(), e.data(), e.previousHash(),
                e.hash()));
        assertThat(ChangeHistory.firstBrokenEntry(chain)).contains(chain.get(1));
    }

    @Test
    void sec1RemovingOrReorderingEntriesIsDetected() {
        List<HistoryEntry> removed = chainOfThree();
        removed.remove(1);
        assertThat(ChangeHistory.firstBrokenEntry(removed)).isPresent();

        List<HistoryEntry> reordered = chainOfThree();
        HistoryEntry first = reordered.remove(0);
        reordered.add(first);
        assertThat(ChangeHistory.firstBrokenEntry(reordered)).isPresent();
    }

    @Test
    void rehashingAnEditedEntryStillBreaksTheNextLink() {
        List<HistoryEntry> chain = chainOfThree();
        List<HistoryEntry> prefix = new ArrayList<>(chain.subList(0, 1));
        HistoryEntry forged = ChangeHistory.next(prefix, chain.get(1).at(), "mallory", "updated", "{\"a\":999}");
        chain.set(1, forged);
        assertThat(ChangeHistory.firstBrokenEntry(chain)).contains(chain.get(2));
    }
}
