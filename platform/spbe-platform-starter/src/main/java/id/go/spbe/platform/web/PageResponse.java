package id.go.spbe.platform.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list endpoint: the items plus enough to render pagination. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
