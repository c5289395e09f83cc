package id.go.spbe.platform.web;

import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.problem.PreconditionFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingAndETagsTest {

    static final Set<String> SORTABLE = Set.of("name", "code");

    @Test
    void sortTokensSplitBySpringStillPairFieldsWithDirectionsAndTheIdBreaksTies() {
        PageRequest page = PageRequests.of(1, 50, List.of("name", "desc", "code"), SORTABLE, Sort.unsorted());
        assertThat(page.getSort()).containsExactly(Sort.Order.desc("name"), Sort.Order.asc("code"),
                Sort.Order.asc("_id"));
        assertThat(page.getPageNumber()).isEqualTo(1);
    }

    @Test
    void pageSizeIsCappedAndSortFieldsAreAllowListed() {
        assertThatThrownBy(() -> PageRequests.of(0, 201, null, SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequests.of(-1, 10, null, SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequests.of(0, 10, List.of("password"), SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(PageRequests.of(null, null, null, SORTABLE, Sort.by("name")).getPageSize()).isEqualTo(20);
    }

    /** Issue 7, defect 14: page × size overflowed an int and page 0 was served for page 2^31-1. */
    @Test
    void aPagePastTheReachableOffsetIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> PageRequests.of(Integer.MAX_VALUE, 200, null, SORTABLE, Sort.unsorted()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequests.of(0, 201, null, SORTABLE, Sort.unsorted()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("size"));
        int last = (int) (PageRequests.MAX_OFFSET / 200);
        assertThat(PageRequests.of(last, 200, null, SORTABLE, Sort.unsorted()).getOffset())
                .isEqualTo(PageRequests.MAX_OFFSET);
        assertThatThrownBy(() -> PageRequests.of(last + 1, 200, null, SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void ifMatchAcceptsTheCurrentStrongOrWeakTagOrAStar() {
        assertThat(ETags.of(3L)).isEqualTo("\"3\"");
        assertThatCode(() -> ETags.checkIfMatch("\"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("W/\"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("\"1\", \"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch("*", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.checkIfMatch(null, 3L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ETags.checkIfMatch("\"2\"", 3L)).isInstanceOf(PreconditionFailedException.class);
    }
}
