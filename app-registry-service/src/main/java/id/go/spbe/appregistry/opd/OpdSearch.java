package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.Opd;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Filtered paging over the directory, which derived query methods cannot express with optional criteria. */
public interface OpdSearch {

    Page<Opd> search(OpdFilter filter, Pageable page);
}
