package id.go.spbe.network.lan;

import id.go.spbe.network.lan.domain.Lan;
import org.springframework.data.mongodb.repository.MongoRepository;

/** LAN inventories by OPD code. */
interface LanRepository extends MongoRepository<Lan, String> {
}
