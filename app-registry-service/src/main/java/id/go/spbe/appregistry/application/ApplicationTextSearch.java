package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.List;

/**
 * Full-text search and duplicate screening (G5) over the register. The search feature owns the index and implements
 * this; it is declared here so the register's web layer can offer {@code ?q=} and the duplicates of a new
 * registration without the two features depending on each other in a cycle.
 */
public interface ApplicationTextSearch {

    /** Longest accepted {@code q}; longer is a 400. */
    int MAX_QUERY_LENGTH = 200;

    /**
     * Applications matching {@code q}, most relevant first, then paged; the filter and the caller's OPD scope apply as
     * in {@link ApplicationRegister#list}.
     */
    Page<Application> search(Caller caller, ApplicationFilter filter, String q, Pageable page);

    /**
     * Applications of any OPD whose function likely overlaps {@code app} (G5), best first. The id of a candidate the
     * caller may not see is withheld: an operator learns that another OPD has something similar, not its record.
     */
    List<LikelyDuplicate> likelyDuplicatesFor(Caller caller, Application app);

    /**
     * A likely duplicate as shown to one caller.
     *
     * @param id      null when the caller may not see the candidate's record
     * @param sameOpd whether the candidate belongs to the same OPD as the application screened
     * @param score   similarity 0..1
     * @param reasons why it looks similar, in Bahasa Indonesia (e.g. "nama mirip: pegawai", "bidang sama: KEPEGAWAIAN")
     */
    record LikelyDuplicate(@Nullable String id, String name, String ownerOpd, boolean sameOpd, double score,
            List<String> reasons) {
    }
}
