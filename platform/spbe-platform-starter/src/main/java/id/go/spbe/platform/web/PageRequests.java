package id.go.spbe.platform.web;

import id.go.spbe.platform.problem.InvalidRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code ?page=&size=&sort=field,dir} into a stable {@link PageRequest}: size capped at 200, the offset at
 * {@link #MAX_OFFSET}, sort fields limited to an allow-list, and the id appended as tie-breaker so pages never
 * overlap or skip. An unusable value is a 400 naming the parameter.
 */
public final class PageRequests {

    public static final int MAX_SIZE = 200;

    /**
     * The furthest a list may be paged ({@code page × size}): one million rows, past every register of a region, and
     * far below where skipping in the database costs more than a narrower filter (issue 7, defect 14).
     */
    public static final long MAX_OFFSET = 1_000_000;

    private PageRequests() {
    }

    public static PageRequest of(Integer page, Integer size, List<String> sort, Set<String> sortable,
            Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "size harus antara 1 dan " + MAX_SIZE + ".");
        }
        // The offset page*size is computed in long: an int product overflowed and served page 0 for page 2^31-1.
        if (p < 0 || (long) p * s > MAX_OFFSET) {
            throw new InvalidRequestException("page", "page harus antara 0 dan " + MAX_OFFSET / s
                    + " untuk size " + s + " (paling jauh " + MAX_OFFSET + " baris dilewati; persempit filter).");
        }
        // Spring splits "sort=name,desc" into ["name", "desc"]; a direction token applies to the field before it.
        List<Sort.Order> orders = new ArrayList<>();
        if (sort != null) {
            for (String token : sort) {
                for (String part : token.split(",")) {
                    String value = part.trim();
                    if (value.isEmpty()) {
                        continue;
                    }
                    boolean direction = value.equalsIgnoreCase("asc") || value.equalsIgnoreCase("desc");
                    if (direction && !orders.isEmpty()) {
                        Sort.Order last = orders.remove(orders.size() - 1);
                        orders.add(value.equalsIgnoreCase("desc") ? last.with(Sort.Direction.DESC)
                                : last.with(Sort.Direction.ASC));
                    } else if (!sortable.contains(value)) {
                        throw new InvalidRequestException("sort",
                                "cannot sort by '" + value + "'; allowed: " + sortable);
                    } else {
                        orders.add(Sort.Order.asc(value));
                    }
                }
            }
        }
        Sort resolved = orders.isEmpty() ? defaultSort : Sort.by(orders);
        boolean hasTieBreaker = resolved.getOrderFor("_id") != null || resolved.getOrderFor("id") != null;
        return PageRequest.of(p, s, hasTieBreaker ? resolved : resolved.and(Sort.by("_id")));
    }
}
