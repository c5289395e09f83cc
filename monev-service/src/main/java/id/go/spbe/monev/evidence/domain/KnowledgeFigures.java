package id.go.spbe.monev.evidence.domain;

/**
 * One year of knowledge-base publications as monev's read model counts them: {@code articles} published (a first
 * publication or a new version) in the year (region time zone), {@code fromTickets} of them written from a resolved
 * ticket, {@code revised} those published as a new version of an earlier one, {@code authoringOpds} the distinct
 * author OPDs of the directory (the producer's {@code authorOpd} is optional, so this may undercount).
 */
public record KnowledgeFigures(int activeOpds, long articles, long fromTickets, long revised, int authoringOpds) {
}
