package id.go.spbe.network.wan;

import id.go.spbe.network.wan.domain.WanLink;
import org.springframework.data.mongodb.repository.MongoRepository;

/** WAN links by id; listing goes through {@link WanLinkRegister}'s query. */
interface WanLinkRepository extends MongoRepository<WanLink, String> {
}
