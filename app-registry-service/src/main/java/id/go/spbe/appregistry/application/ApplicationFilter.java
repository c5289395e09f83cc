package id.go.spbe.appregistry.application;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.SdlcStage;
import id.go.spbe.appregistry.application.domain.ServiceType;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    Criteria criteria() {
        List<Criteria> parts = new ArrayList<>();
        if (opd != null) {
            parts.add(Criteria.where("ownerOpd").is(opd));
        }
        if (applicationClass != null) {
            parts.add(Criteria.where("applicationClass").is(applicationClass));
        }
        if (status != null) {
            parts.add(Criteria.where("status").is(status));
        }
        if (stage != null) {
            parts.add(Criteria.where("stage").is(stage));
        }
        if (functionDomain != null) {
            parts.add(Criteria.where("functionDomains").is(functionDomain));
        }
        if (serviceType != null) {
            parts.add(Criteria.where("serviceType").is(serviceType));
        }
        if (ids != null) {
            parts.add(Criteria.where("_id").in(ids));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }
}
