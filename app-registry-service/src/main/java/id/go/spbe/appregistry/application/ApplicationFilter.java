package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters of the application list; null means "any". {@code ids} restricts to a candidate set (e.g. full-text hits).
 */
public record ApplicationFilter(String opd, ApplicationClass applicationClass, ApplicationStatus status,
        SdlcStage stage, FunctionDomain functionDomain, ServiceType serviceType, Collection<String> ids) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null, null, null, null);
    }

    public ApplicationFilter withOpd(String scope) {
        return new ApplicationFilter(scope, applicationClass, status, stage, functionDomain, serviceType, ids);
    }

    public ApplicationFilter withIds(Collection<String> candidates) {
        return new ApplicationFilter(opd, applicationClass, status, stage, functionDomain, serviceType, candidates);
    }

    /** One flat criteria document (no {@code $and}), so the database can use the owner OPD index. */
    Criteria criteria() {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("ownerOpd", opd);
        conditions.put("applicationClass", applicationClass);
        conditions.put("status", status);
        conditions.put("stage", stage);
        conditions.put("functionDomains", functionDomain);
        conditions.put("serviceType", serviceType);
        Criteria criteria = new Criteria();
        conditions.forEach((field, value) -> {
            if (value != null) {
                criteria.and(field).is(value);
            }
        });
        if (ids != null) {
            criteria.and("_id").in(ids);
        }
        return criteria;
    }
}
