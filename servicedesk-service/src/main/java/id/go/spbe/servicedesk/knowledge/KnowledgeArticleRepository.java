package id.go.spbe.servicedesk.knowledge;

import id.go.spbe.servicedesk.knowledge.domain.KnowledgeArticle;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

interface KnowledgeArticleRepository extends MongoRepository<KnowledgeArticle, String> {

    Optional<KnowledgeArticle> findFirstBySourceTicketId(String ticketId);
}
