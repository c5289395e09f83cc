package id.go.spbe.monev.framework.domain;

import java.util.List;

/** The index of an evaluation: overall, per domain and per aspect, in framework order. */
public record IndexResult(String frameworkId, Score overall, List<DomainScore> domains, List<AspectScore> aspects) {

    public record DomainScore(String no, String name, Score score) {
    }

    public record AspectScore(String no, String name, String domainNo, Score score) {
    }
}
