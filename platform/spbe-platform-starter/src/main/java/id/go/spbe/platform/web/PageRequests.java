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
        List<Sort.Order> orders = new ArrayList<>();
        if (sort != null) {
            for (String spec : sort) {
                String[] parts = spec.split(",");
                String field = parts[0].trim();
                if (!sortable.contains(field)) {
                    throw new InvalidRequestException("cannot sort by '" + field + "'; allowed: " + sortable);
                }
                boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
                orders.add(desc ? Sort.Order.desc(field) : Sort.Order.asc(field));
            }
        }
        Sort resolved = orders.isEmpty() ? defaultSort : Sort.by(orders);
        return PageRequest.of(p, s, resolved.and(Sort.by("_id")));
    }
}
