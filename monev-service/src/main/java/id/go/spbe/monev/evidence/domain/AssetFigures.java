package id.go.spbe.monev.evidence.domain;

/**
 * One year of the platform's ICT asset inventories as monev's read models count them, over active OPDs: software —
 * {@code applications} in the application register at some time in the year (registered by its end, not
 * decommissioned before it) of {@code opdsWithApplications} owner OPDs, {@code applicationsRetired} decommissioned in
 * the year (penghapusan); hardware and network — {@code vpsInService} VPS, {@code sites} network sites and
 * {@code wanLinks} WAN circuits in service in the year; {@code opdsWithAssets} the OPDs holding any of them;
 * {@code usageReviewFrozen} whether the data centre's yearly usage review (D5) of the year was frozen.
 */
public record AssetFigures(int activeOpds, long applications, int opdsWithApplications, long applicationsRetired,
        long vpsInService, long sites, long wanLinks, int opdsWithAssets, boolean usageReviewFrozen) {
}
