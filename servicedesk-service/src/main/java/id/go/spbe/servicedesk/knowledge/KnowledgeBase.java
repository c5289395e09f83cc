package id.go.spbe.servicedesk.knowledge;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.servicedesk.knowledge.domain.ArticleStatus;
import id.go.spbe.servicedesk.knowledge.domain.ArticleVersion;
import id.go.spbe.servicedesk.knowledge.domain.KnowledgeArticle;
import id.go.spbe.servicedesk.ticket.TicketAccess;
import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The knowledge base (S7). Published articles are for every signed-in user; drafts and archived articles for the
 * desk's agents and Dinas, who are also the only writers. Articles are region-wide (not scoped to an OPD): a fix
 * found in one OPD helps the next.
 */
@Service
public class KnowledgeBase {

    static final int SUGGESTIONS = 5;

    private final KnowledgeArticleRepository articles;
    private final KnowledgeSearch search;
    private final TicketAccess tickets;
    private final MongoTemplate mongo;
    private final Clock clock;

    KnowledgeBase(KnowledgeArticleRepository articles, KnowledgeSearch search, TicketAccess tickets,
            MongoTemplate mongo, Clock clock) {
        this.articles = articles;
        this.search = search;
        this.tickets = tickets;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Agents (Tier 1, Tier 2) and Dinas write and see drafts and archived articles. */
    static boolean curates(Caller caller) {
        return caller.hasRole(Roles.TIER1_AGENT) || caller.hasRole(Roles.TIER2_AGENT)
                || caller.hasRole(Roles.DINAS_ADMIN);
    }

    private static void requireCurator(Caller caller) {
        if (!curates(caller)) {
            throw new AccessDeniedException("only the desk's agents and Dinas write knowledge articles (S7)");
        }
    }

    public KnowledgeArticle get(Caller caller, String id) {
        return articles.findById(id).filter(a -> a.status() == ArticleStatus.PUBLISHED || curates(caller))
                .orElseThrow(() -> new NotFoundException("Artikel pengetahuan", id));
    }

    public ArticleVersion version(Caller caller, String id, int number) {
        return get(caller, id).versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Versi artikel", id + "/" + number));
    }

    /**
     * Lists or searches: {@code q} ranks by relevance (S7), without it the newest first in the page's sort. Callers
     * who are not curators see published articles only, whatever status they ask for.
     */
    public Page<KnowledgeArticle> list(Caller caller, String q, ArticleStatus status, Category category,
            String ticketId, Pageable page) {
        Set<ArticleStatus> statuses = status != null ? EnumSet.of(status)
                : curates(caller) ? EnumSet.allOf(ArticleStatus.class) : EnumSet.of(ArticleStatus.PUBLISHED);
        if (!curates(caller)) {
            statuses.retainAll(EnumSet.of(ArticleStatus.PUBLISHED));
        }
        Criteria extra = new Criteria();
        if (category != null) {
            extra = extra.and("category").is(category);
        }
        if (ticketId != null && !ticketId.isBlank()) {
            extra = extra.and("sourceTicketId").is(ticketId);
        }
        if (statuses.isEmpty()) {
            return Page.empty(page);
        }
        if (q != null && !q.isBlank()) {
            List<KnowledgeArticle> ranked = search.rank(q, statuses, extra).stream()
                    .map(RankedArticle::article).toList();
            int from = (int) Math.min(page.getOffset(), ranked.size());
            int to = Math.min(from + page.getPageSize(), ranked.size());
            return new PageImpl<>(ranked.subList(from, to), page, ranked.size());
        }
        Query query = Query.query(new Criteria().andOperator(Criteria.where("status").in(statuses), extra));
        long total = mongo.count(query, KnowledgeArticle.class);
        List<KnowledgeArticle> content = mongo.find(query.with(page), KnowledgeArticle.class);
        return new PageImpl<>(content, page, total);
    }

    /** The best published articles for a ticket being written (S7), at most {@value #SUGGESTIONS}. */
    public List<RankedArticle> suggest(String title, String description) {
        return search.rank((title == null ? "" : title) + "\n" + (title == null ? "" : title) + "\n"
                + (description == null ? "" : description), EnumSet.of(ArticleStatus.PUBLISHED), null).stream()
                .limit(SUGGESTIONS).toList();
    }

    public KnowledgeArticle create(Caller caller, String title, String body, Category category) {
        requireCurator(caller);
        if (category == null) {
            throw new RuleViolationException("S7", "Kategori artikel pengetahuan wajib diisi.");
        }
        return save(KnowledgeArticle.draft(title, body, category, null, caller.username(), caller.opd(),
                clock.instant()));
    }

    /**
     * One action from a resolved or closed ticket (S7): a draft with the ticket's title, category and resolution
     * note, linked to the ticket. The caller must see the ticket (else 404); one article per ticket (409).
     */
    public KnowledgeArticle fromTicket(Caller caller, String ticketId, String title, String body) {
        requireCurator(caller);
        Ticket ticket = tickets.forReading(caller, ticketId);
        if (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED) {
            throw new StateConflictException("Artikel dibuat dari tiket yang sudah diselesaikan atau ditutup; tiket "
                    + ticketId + " berstatus " + ticket.status() + ".");
        }
        articles.findFirstBySourceTicketId(ticketId).ifPresent(a -> {
            throw new StateConflictException("Tiket " + ticketId + " sudah menjadi artikel " + a.id() + ".");
        });
        String note = ticket.resolution() == null ? null : ticket.resolution().note();
        if ((body == null || body.isBlank()) && note == null) {
            throw new RuleViolationException("S7", "Tiket " + ticketId + " tidak memiliki catatan penyelesaian; "
                    + "isi artikel wajib diisi.");
        }
        return save(KnowledgeArticle.draft(title == null || title.isBlank() ? ticket.title() : title,
                body == null || body.isBlank() ? note : body, ticket.category(), ticketId, caller.username(),
                caller.opd(), clock.instant()));
    }

    public KnowledgeArticle edit(Caller caller, String id, String title, String body, Category category,
            String ifMatch) {
        KnowledgeArticle article = forWriting(caller, id, ifMatch);
        article.edit(title, body, category == null ? article.current().category() : category, caller.username(),
                clock.instant());
        return save(article);
    }

    public KnowledgeArticle publish(Caller caller, String id, String ifMatch) {
        KnowledgeArticle article = forWriting(caller, id, ifMatch);
        article.publish(caller.username(), clock.instant());
        return save(article);
    }

    public KnowledgeArticle archive(Caller caller, String id, String ifMatch) {
        KnowledgeArticle article = forWriting(caller, id, ifMatch);
        article.archive(caller.username(), clock.instant());
        return save(article);
    }

    private KnowledgeArticle forWriting(Caller caller, String id, String ifMatch) {
        KnowledgeArticle article = get(caller, id);
        requireCurator(caller);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        ETags.checkIfMatch(ifMatch, article.version());
        return article;
    }

    private KnowledgeArticle save(KnowledgeArticle article) {
        search.index(article);
        return articles.save(article);
    }
}
