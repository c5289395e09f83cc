package id.go.spbe.datacenter.review;

import id.go.spbe.datacenter.review.domain.UsageReviewSnapshot;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface UsageReviewSnapshotRepository extends MongoRepository<UsageReviewSnapshot, Integer> {
}
