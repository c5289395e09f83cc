package id.go.spbe.servicedesk.knowledge.web;

import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import id.go.spbe.servicedesk.knowledge.KnowledgeBase;
import id.go.spbe.servicedesk.knowledge.domain.ArticleStatus;
import id.go.spbe.servicedesk.knowledge.domain.ArticleVersion;
import id.go.spbe.servicedesk.knowledge.domain.KnowledgeArticle;
import id.go.spbe.servicedesk.ticket.domain.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The knowledge base (S7): articles with versions, created from a resolved ticket in one action, searched in
 * Bahasa Indonesia and suggested while a ticket is written.
 */
@RestController
@Tag(name = "Basis pengetahuan", description = "Knowledge articles (obligation S7)")
class KnowledgeArticleController {

    static final String BASE = "/api/v1/knowledge-articles";
    static final String ARTICLE = BASE + "/{id:[0-9a-fA-F-]+}";
    static final String TICKET = "/api/v1/tickets/{ticketId:[0-9a-fA-F-]+}/knowledge-article";

    /** Without {@code fromTicket}: title, body and category are required. With it, they override the prefill. */
    record ArticleCreateRequest(@Size(max = 200) @Nullable String title, @Size(max = 20000) @Nullable String body,
            @Nullable Category category,
            @Pattern(regexp = "^[0-9a-fA-F-]{1,64}$") @Nullable String fromTicket) {
    }

    /** Overrides of the prefill (the ticket's title and resolution note); both optional. */
    record ArticleFromTicketRequest(@Size(max = 200) @Nullable String title, @Size(max = 20000) @Nullable String body) {
    }

    record ArticleEditRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body,
            @NotNull Category category) {
    }

    record ArticleSuggestionRequest(@Size(max = 200) @Nullable String title,
            @Size(max = 20000) @Nullable String description) {
    }

    record ArticleVersionView(int number, String title, String body, Category category, String editedBy,
            Instant editedAt, @Nullable Instant publishedAt) {

        static ArticleVersionView of(ArticleVersion v) {
            return new ArticleVersionView(v.number(), v.title(), v.body(), v.category(), v.editedBy(), v.editedAt(),
                    v.publishedAt());
        }
    }

    /** The article with its current version; {@code versions} is how many there are. */
    record ArticleResponse(String id, ArticleStatus status, int version, String title, String body,
            Category category, int versions, @Nullable String sourceTicketId, @Nullable String authorOpd,
            String createdBy, Instant createdAt, Instant updatedAt) {

        static ArticleResponse of(KnowledgeArticle a) {
            ArticleVersion v = a.current();
            return new ArticleResponse(a.id(), a.status(), v.number(), v.title(), v.body(), v.category(),
                    a.versions().size(), a.sourceTicketId(), a.authorOpd(), a.createdBy(), a.createdAt(),
                    a.updatedAt());
        }
    }

    record ArticleSuggestion(String id, String title, Category category, int version, int score) {
    }

    @Schema(name = "KnowledgeArticleHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {
    }

    private final KnowledgeBase knowledge;
    private final ChangeHistoryLog histories;

    KnowledgeArticleController(KnowledgeBase knowledge, ChangeHistoryLog histories) {
        this.knowledge = knowledge;
        this.histories = histories;
    }

    @GetMapping(BASE)
    @Operation(summary = "List or search knowledge articles (S7)",
            description = "q searches in Bahasa Indonesia (stemmed, stop words ignored, title weighted above body) "
                    + "and ranks by relevance; without q the page's sort applies. Published articles for every "
                    + "signed-in user; drafts and archived ones for agents and Dinas (status filter). ticket: the "
                    + "article made from that ticket.")
    PageResponse<ArticleResponse> list(@RequestParam(required = false) @Size(max = 500) String q,
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) @Pattern(regexp = "^[0-9a-fA-F-]{1,64}$") String ticket,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        if (q != null && q.length() > 500) {
            throw new InvalidRequestException("q", "paling banyak 500 karakter");
        }
        return PageResponse.of(knowledge.list(caller, q, status, category, ticket,
                PageRequests.of(page, size, sort, Set.of("updatedAt", "createdAt", "status"),
                        Sort.by(Sort.Direction.DESC, "updatedAt"))), ArticleResponse::of);
    }

    @PostMapping(BASE)
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.DINAS_ADMIN})
    @Operation(summary = "Write a draft article (agents, Dinas)",
            description = "With fromTicket: from a resolved or closed ticket in one action (409 otherwise), "
                    + "prefilled with its title, category and resolution note, linked to it; one article per "
                    + "ticket (409). Without: title, body and category required.")
    ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleCreateRequest request, Caller caller) {
        KnowledgeArticle article;
        if (request.fromTicket() != null) {
            article = knowledge.fromTicket(caller, request.fromTicket(), request.title(), request.body());
        } else {
            require(request.title(), "title");
            require(request.body(), "body");
            if (request.category() == null) {
                throw new InvalidRequestException("category", "wajib diisi");
            }
            article = knowledge.create(caller, request.title(), request.body(), request.category());
        }
        return created(article);
    }

    @PostMapping(TICKET)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.DINAS_ADMIN})
    @Operation(summary = "Turn a resolved or closed ticket into a draft article (S7)",
            description = "Prefilled with the ticket's title, category and resolution note, linked to the ticket. "
                    + "Body optional (overrides). Ticket not resolved/closed or already an article: 409.")
    ResponseEntity<ArticleResponse> fromTicket(@PathVariable String ticketId,
            @Valid @RequestBody(required = false) @Nullable ArticleFromTicketRequest request, Caller caller) {
        return created(knowledge.fromTicket(caller, ticketId, request == null ? null : request.title(),
                request == null ? null : request.body()));
    }

    @PostMapping(BASE + "/suggestions")
    @Operation(summary = "Published articles that may answer a ticket being written (S7), at most 5",
            description = "From the draft title (counted twice) and description, best match first.")
    List<ArticleSuggestion> suggestions(@Valid @RequestBody ArticleSuggestionRequest request) {
        return knowledge.suggest(request.title(), request.description()).stream()
                .map(r -> new ArticleSuggestion(r.article().id(), r.article().current().title(),
                        r.article().category(), r.article().current().number(), r.score())).toList();
    }

    @GetMapping(ARTICLE)
    @Operation(summary = "One article, current version, with its ETag")
    ResponseEntity<ArticleResponse> get(@PathVariable String id, Caller caller) {
        KnowledgeArticle article = knowledge.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleResponse.of(article));
    }

    @GetMapping(ARTICLE + "/versions")
    @Operation(summary = "Every version of an article, oldest first")
    List<ArticleVersionView> versions(@PathVariable String id, Caller caller) {
        return knowledge.get(caller, id).versions().stream().map(ArticleVersionView::of).toList();
    }

    @GetMapping(ARTICLE + "/versions/{n:[0-9]{1,6}}")
    @Operation(summary = "One version of an article")
    ArticleVersionView version(@PathVariable String id, @PathVariable int n, Caller caller) {
        return ArticleVersionView.of(knowledge.version(caller, id, n));
    }

    @GetMapping(ARTICLE + "/history")
    @Operation(summary = "Tamper-evident change history of an article (SEC1)")
    HistoryResponse history(@PathVariable String id, Caller caller) {
        ChangeHistoryLog.VerifiedHistory h = histories.of(knowledge.get(caller, id));
        return new HistoryResponse(h.intact(), h.firstBrokenSequence(), h.entries());
    }

    @PutMapping(ARTICLE)
    @ProblemResponses(428)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.DINAS_ADMIN})
    @Operation(summary = "Edit an article (If-Match required: 428 without, 412 stale)",
            description = "A draft changes in place; a published article gets a new version, published at once "
                    + "(KnowledgeArticlePublished); an archived one 409.")
    ResponseEntity<ArticleResponse> edit(@PathVariable String id, @Valid @RequestBody ArticleEditRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(knowledge.edit(caller, id, request.title(), request.body(), request.category(), ifMatch));
    }

    @PostMapping(ARTICLE + "/publish")
    @ProblemResponses(428)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.DINAS_ADMIN})
    @Operation(summary = "Publish a draft (If-Match required); emits KnowledgeArticlePublished; not a draft: 409")
    ResponseEntity<ArticleResponse> publish(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(knowledge.publish(caller, id, ifMatch));
    }

    @PostMapping(ARTICLE + "/archive")
    @ProblemResponses(428)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.DINAS_ADMIN})
    @Operation(summary = "Archive a published article (If-Match required); not published: 409")
    ResponseEntity<ArticleResponse> archive(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        return ok(knowledge.archive(caller, id, ifMatch));
    }

    private static void require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "wajib diisi");
        }
    }

    private static ResponseEntity<ArticleResponse> created(KnowledgeArticle article) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(BASE + "/{id}").buildAndExpand(article.id()).toUri())
                .eTag(ETags.of(article.version())).body(ArticleResponse.of(article));
    }

    private static ResponseEntity<ArticleResponse> ok(KnowledgeArticle article) {
        return ResponseEntity.ok().eTag(ETags.of(article.version())).body(ArticleResponse.of(article));
    }
}
