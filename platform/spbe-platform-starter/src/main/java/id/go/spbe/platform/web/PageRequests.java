package id.go.spbe.platform.web;

import id.go.spbe.platform.problem.InvalidRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns {@code ?page=&size=&sort=field,dir} into a stable {@link PageRequest}: size capped at 200, sort fields
 * limited to an allow-list, and the id appended as tie-breaker so pages never overlap or skip.
 */
public final class PageRequests {

    public static final int MAX_SIZE = 200;

    private PageRequests() {
    }

    public static PageRequest of(Integer page, Integer size, List<String> sort, Set<String> sortable,
            Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("page must be >= 0 and size between 1 and " + MAX_SIZE);
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
                        throw new InvalidRequestException("cannot sort by '" + value + "'; allowed: " + sortable);
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
