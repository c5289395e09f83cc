package id.go.spbe.network.wan;

import id.go.spbe.network.lan.PortReferences;
import id.go.spbe.network.wan.domain.Termination;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkStatus;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * An active WAN circuit ending at a router port keeps that port, and its router, in the LAN inventory (N2). Reads the
 * links itself rather than through {@link WanLinkRegister}, which needs the LAN inventory (no bean cycle).
 */
@Component
class WanPortReferences implements PortReferences {

    private final MongoOperations mongo;

    WanPortReferences(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> referenceTo(String opdCode, String deviceId, String interfaceName) {
        Query query = Query.query(Criteria.where("status").is(WanLinkStatus.ACTIVE).orOperator(
                Criteria.where("aEnd.deviceId").is(deviceId), Criteria.where("bEnd.deviceId").is(deviceId)));
        for (WanLink link : mongo.find(query, WanLink.class)) {
            for (Termination end : List.of(link.aEnd(), link.bEnd())) {
                if (deviceId.equals(end.deviceId()) && opdCode.equals(end.opdCode())
                        && (interfaceName == null || interfaceName.equals(end.interfaceName()))) {
                    return Optional.of("sirkuit WAN " + link.circuitId() + " (" + link.provider() + ")");
                }
            }
        }
        return Optional.empty();
    }
}
