package id.go.spbe.servicedesk.knowledge.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.servicedesk.ticket.domain.Category;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The article's life cycle and versions (S7), without Spring. */
class KnowledgeArticleTest {

    static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aDraftIsEditedInPlaceAPublishedArticleGetsNewVersions_S7() {
        KnowledgeArticle a = KnowledgeArticle.draft("Judul", "Isi", Category.DATA, null, "t2", "DISKOMINFO", T0);
        a.edit("Judul 2", "Isi 2", Category.DATA, "t2", T0.plusSeconds(60));
        assertThat(a.versions()).hasSize(1);
        assertThat(a.current().title()).isEqualTo("Judul 2");
        assertThat(a.current().publishedAt()).isNull();

        a.publish("t2", T0.plusSeconds(120));
        assertThat(a.current().publishedAt()).isEqualTo(T0.plusSeconds(120));
        a.edit("Judul 3", "Isi 3", Category.JARINGAN, "t1", T0.plusSeconds(180));
        assertThat(a.versions()).extracting(ArticleVersion::number).containsExactly(1, 2);
        assertThat(a.versions().get(0).title()).as("the published version is kept").isEqualTo("Judul 2");
        assertThat(a.category()).isEqualTo(Category.JARINGAN);
        assertThat(a.raisedEvents()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "KnowledgeArticleChanged", "KnowledgeArticleChanged", "KnowledgeArticlePublished",
                "KnowledgeArticlePublished");
        assertThat(((KnowledgeArticlePublished) a.raisedEvents().get(3)).version()).isEqualTo(2);
    }

    @Test
    void onlyDraftsArePublishedOnlyPublishedArticlesArchivedAndArchivedOnesAreFinal_S7() {
        KnowledgeArticle a = KnowledgeArticle.draft("Judul", "Isi", Category.DATA, "tiket-1", "t2", null, T0);
        assertThatThrownBy(() -> a.archive("t2", T0)).isInstanceOf(StateConflictException.class);
        a.publish("t2", T0);
        assertThatThrownBy(() -> a.publish("t2", T0)).isInstanceOf(StateConflictException.class);
        a.archive("t2", T0);
        assertThat(a.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThatThrownBy(() -> a.edit("x", "y", Category.DATA, "t2", T0)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> a.archive("t2", T0)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void titleAndBodyAreRequired_S7() {
        assertThatThrownBy(() -> KnowledgeArticle.draft(" ", "Isi", Category.DATA, null, "t2", null, T0))
                .isInstanceOf(RuleViolationException.class);
        KnowledgeArticle a = KnowledgeArticle.draft("Judul", "Isi", Category.DATA, null, "t2", null, T0);
        assertThatThrownBy(() -> a.edit("Judul", null, Category.DATA, "t2", T0))
                .isInstanceOf(RuleViolationException.class);
    }
}
