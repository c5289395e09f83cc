package id.go.spbe.monev.framework.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a framework from its two CSV files and checks everything the index depends on, collecting every problem with
 * its file, line and field instead of stopping at the first:
 * <ul>
 *   <li>indicators: {@code domain_no,domain,domain_weight,aspect_no,aspect,aspect_weight,indicator_no,indicator,
 *       indicator_weight}, optional {@code architecture_domain} and {@code level_1..level_5}; a domain or aspect
 *       repeated on several rows must keep its name and weight; indicator weights add up to their aspect's weight,
 *       aspect weights to their domain's, domain weights to the framework's total (e.g. 100);</li>
 *   <li>predicates: {@code min_inclusive,max_exclusive,predicate}; the bands cover the level scale 1.00–5.00 with
 *       no gap and no overlap (the top band includes 5.00).</li>
 * </ul>
 * Lines starting with {@code #} are comments (the shipped files cite their sources there); blank lines are skipped.
 * Fields are comma-separated, optionally double-quoted; a field may not span lines.
 */
public final class FrameworkFile {

    public static final String INDICATORS = "indicators";
    public static final String PREDICATES = "predicates";

    static final List<String> INDICATOR_COLUMNS = List.of("domain_no", "domain", "domain_weight", "aspect_no",
            "aspect", "aspect_weight", "indicator_no", "indicator", "indicator_weight");
    static final List<String> OPTIONAL_COLUMNS = List.of("architecture_domain", "level_1", "level_2", "level_3",
            "level_4", "level_5");
    static final List<String> PREDICATE_COLUMNS = List.of("min_inclusive", "max_exclusive", "predicate");

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,19}");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100000");
    private static final int MAX_TEXT = 500;
    private static final int MAX_ROWS = 2000;

    /** What the file does not say: identity, trust and the rules of the whole framework. */
    public record Header(String id, String name, String regulation, FrameworkStatus status, BigDecimal totalWeight,
            int decimals) {
    }

    private final List<FrameworkFileException.LineError> errors = new ArrayList<>();

    private FrameworkFile() {
    }

    /**
     * @param architectureDomains indicator number → architecture domain for files without that column (the shipped
     *                            frameworks keep it in a file of their own); may be empty
     * @throws FrameworkFileException with every problem found
     */
    public static Framework read(Header header, String indicatorsCsv, String predicatesCsv,
            Map<String, ArchitectureDomain> architectureDomains) {
        return read(header, indicatorsCsv, predicatesCsv, architectureDomains, Map.of());
    }

    /**
     * @param levelDescriptors indicator number → descriptors of levels 1..5, for files without the level columns
     *                         (the shipped 59/2020 keeps them in a file of their own); may be empty
     */
    public static Framework read(Header header, String indicatorsCsv, String predicatesCsv,
            Map<String, ArchitectureDomain> architectureDomains, Map<String, List<String>> levelDescriptors) {
        FrameworkFile file = new FrameworkFile();
        List<Domain> domains = file.indicators(indicatorsCsv, header.totalWeight(), architectureDomains,
                levelDescriptors);
        List<PredicateBand> predicates = file.predicates(predicatesCsv);
        if (!file.errors.isEmpty()) {
            throw new FrameworkFileException(file.errors);
        }
        return new Framework(header.id(), header.name(), header.regulation(), header.status(), header.totalWeight(),
                header.decimals(), domains, predicates);
    }

    /** Reads {@code indicator_no,architecture_domain} rows (comments allowed). */
    public static Map<String, ArchitectureDomain> architectureDomains(String csv) {
        FrameworkFile file = new FrameworkFile();
        Map<String, ArchitectureDomain> map = new HashMap<>();
        List<Row> rows = file.rows("architecture_domains", csv, List.of("indicator_no", "architecture_domain"),
                List.of());
        for (Row row : rows) {
            ArchitectureDomain domain = file.architectureDomain(row);
            if (domain != null) {
                map.put(row.get("indicator_no"), domain);
            }
        }
        if (!file.errors.isEmpty()) {
            throw new FrameworkFileException(file.errors);
        }
        return map;
    }

    /** Reads {@code indicator_no,level_1..level_5} rows (comments allowed). */
    public static Map<String, List<String>> levelDescriptors(String csv) {
        FrameworkFile file = new FrameworkFile();
        Map<String, List<String>> map = new HashMap<>();
        List<String> levels = OPTIONAL_COLUMNS.subList(1, OPTIONAL_COLUMNS.size());
        for (Row row : file.rows("level_descriptors", csv, concat(List.of("indicator_no"), levels), List.of())) {
            List<String> descriptors = file.levelDescriptors(row);
            String no = file.number(row, "indicator_no");
            if (no != null && !descriptors.isEmpty()) {
                map.put(no, descriptors);
            }
        }
        if (!file.errors.isEmpty()) {
            throw new FrameworkFileException(file.errors);
        }
        return map;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- indicators ---------------------------------------------------------------------------------------------

    private record DomainRow(int line, String name, BigDecimal weight, Map<String, AspectRow> aspects) {
    }

    private record AspectRow(int line, String domainNo, String name, BigDecimal weight, List<Indicator> indicators) {
    }

    private List<Domain> indicators(String csv, BigDecimal totalWeight,
            Map<String, ArchitectureDomain> architectureDomains, Map<String, List<String>> levelDescriptors) {
        List<Row> rows = rows(INDICATORS, csv, INDICATOR_COLUMNS, OPTIONAL_COLUMNS);
        Map<String, DomainRow> domains = new LinkedHashMap<>();
        Map<String, AspectRow> aspects = new HashMap<>();
        Set<String> indicatorNos = new HashSet<>();
        for (Row row : rows) {
            String domainNo = number(row, "domain_no");
            String domainName = text(row, "domain");
            BigDecimal domainWeight = weight(row, "domain_weight");
            String aspectNo = number(row, "aspect_no");
            String aspectName = text(row, "aspect");
            BigDecimal aspectWeight = weight(row, "aspect_weight");
            String indicatorNo = number(row, "indicator_no");
            String indicatorName = text(row, "indicator");
            BigDecimal indicatorWeight = weight(row, "indicator_weight");
            ArchitectureDomain architecture = row.has("architecture_domain") ? architectureDomain(row)
                    : indicatorNo == null ? null : architectureDomains.get(indicatorNo);
            List<String> levels = levelDescriptors(row);
            if (levels.isEmpty() && indicatorNo != null) {
                levels = levelDescriptors.getOrDefault(indicatorNo, List.of());
            }
            DomainRow domain = null;
            if (domainNo != null && domainName != null && domainWeight != null) {
                domain = domains.computeIfAbsent(domainNo,
                        no -> new DomainRow(row.line(), domainName, domainWeight, new LinkedHashMap<>()));
                same(row, "domain", domain.name(), domainName, "domain " + domainNo, domain.line());
                sameWeight(row, "domain_weight", domain.weight(), domainWeight, "domain " + domainNo, domain.line());
            }
            AspectRow aspect = null;
            if (domain != null && aspectNo != null && aspectName != null && aspectWeight != null) {
                aspect = aspects.computeIfAbsent(aspectNo,
                        no -> new AspectRow(row.line(), domainNo, aspectName, aspectWeight, new ArrayList<>()));
                domain.aspects().putIfAbsent(aspectNo, aspect);
                same(row, "aspect_no", aspect.domainNo(), domainNo, "domain aspek " + aspectNo, aspect.line());
                same(row, "aspect", aspect.name(), aspectName, "aspek " + aspectNo, aspect.line());
                sameWeight(row, "aspect_weight", aspect.weight(), aspectWeight, "aspek " + aspectNo, aspect.line());
            }
            if (indicatorNo == null) {
                continue;
            }
            if (!indicatorNos.add(indicatorNo)) {
                error(INDICATORS, row.line(), "indicator_no", "Nomor indikator " + indicatorNo + " muncul dua kali.");
                continue;
            }
            if (aspect != null && indicatorName != null && indicatorWeight != null) {
                aspect.indicators().add(new Indicator(indicatorNo, indicatorName, indicatorWeight, architecture,
                        levels));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            error(INDICATORS, 1, "indicator_no", "Berkas tidak memuat satu indikator pun.");
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        return sums(domains, totalWeight);
    }

    /** Weights add up as the framework says: indicators → aspect, aspects → domain, domains → total. */
    private List<Domain> sums(Map<String, DomainRow> domains, BigDecimal totalWeight) {
        List<Domain> result = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int firstLine = Integer.MAX_VALUE;
        for (var d : domains.entrySet()) {
            DomainRow domain = d.getValue();
            firstLine = Math.min(firstLine, domain.line());
            BigDecimal aspectSum = BigDecimal.ZERO;
            List<Aspect> aspects = new ArrayList<>();
            for (var a : domain.aspects().entrySet()) {
                AspectRow aspect = a.getValue();
                BigDecimal indicatorSum = aspect.indicators().stream().map(Indicator::weight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (indicatorSum.compareTo(aspect.weight()) != 0) {
                    error(INDICATORS, aspect.line(), "indicator_weight", "Bobot indikator aspek " + a.getKey()
                            + " berjumlah " + indicatorSum.toPlainString() + ", sedangkan aspect_weight "
                            + aspect.weight().toPlainString() + ".");
                }
                aspectSum = aspectSum.add(aspect.weight());
                aspects.add(new Aspect(a.getKey(), aspect.name(), aspect.weight(), aspect.indicators()));
            }
            if (aspectSum.compareTo(domain.weight()) != 0) {
                error(INDICATORS, domain.line(), "aspect_weight", "Bobot aspek domain " + d.getKey() + " berjumlah "
                        + aspectSum.toPlainString() + ", sedangkan domain_weight "
                        + domain.weight().toPlainString() + ".");
            }
            total = total.add(domain.weight());
            result.add(new Domain(d.getKey(), domain.name(), domain.weight(), aspects));
        }
        if (total.compareTo(totalWeight) != 0) {
            error(INDICATORS, firstLine, "domain_weight", "Bobot domain berjumlah " + total.toPlainString()
                    + ", sedangkan total bobot kerangka " + totalWeight.toPlainString() + ".");
        }
        return result;
    }

    private ArchitectureDomain architectureDomain(Row row) {
        String value = row.get("architecture_domain");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ArchitectureDomain.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(row.file(), row.line(), "architecture_domain", "Domain arsitektur '" + shorten(value)
                    + "' tidak dikenal; salah satu dari " + Arrays.toString(ArchitectureDomain.values()) + ".");
            return null;
        }
    }

    private List<String> levelDescriptors(Row row) {
        List<String> levels = new ArrayList<>();
        for (int level = Levels.MIN; level <= Levels.MAX; level++) {
            String column = "level_" + level;
            String value = row.has(column) ? row.get(column) : "";
            if (value.length() > MAX_TEXT || !printable(value)) {
                error(row.file(), row.line(), column, "Uraian tingkat " + level + " terlalu panjang (maks. "
                        + MAX_TEXT + ") atau memuat karakter kendali.");
            }
            levels.add(value);
        }
        long filled = levels.stream().filter(v -> !v.isEmpty()).count();
        if (filled == 0) {
            return List.of();
        }
        if (filled < levels.size()) {
            for (int level = Levels.MIN; level <= Levels.MAX; level++) {
                if (levels.get(level - 1).isEmpty()) {
                    error(row.file(), row.line(), "level_" + level, "Uraian tingkat diisi untuk semua tingkat 1–5 "
                            + "atau tidak sama sekali; tingkat " + level + " kosong.");
                }
            }
        }
        return levels;
    }

    private void same(Row row, String field, String first, String now, String what, int firstLine) {
        if (!first.equals(now)) {
            error(row.file(), row.line(), field, what + " tertulis '" + shorten(first) + "' pada baris " + firstLine
                    + " tetapi '" + shorten(now) + "' di sini.");
        }
    }

    private void sameWeight(Row row, String field, BigDecimal first, BigDecimal now, String what, int firstLine) {
        if (first.compareTo(now) != 0) {
            error(row.file(), row.line(), field, "Bobot " + what + " tertulis " + first.toPlainString()
                    + " pada baris " + firstLine + " tetapi " + now.toPlainString() + " di sini.");
        }
    }

    // ---- predicates ---------------------------------------------------------------------------------------------

    private record Band(int line, PredicateBand band) {
    }

    private List<PredicateBand> predicates(String csv) {
        int errorsBefore = errors.size();
        List<Row> rows = rows(PREDICATES, csv, PREDICATE_COLUMNS, List.of());
        List<Band> bands = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Row row : rows) {
            BigDecimal min = decimal(row, "min_inclusive");
            BigDecimal max = decimal(row, "max_exclusive");
            String predicate = text(row, "predicate");
            if (min == null || max == null || predicate == null) {
                continue;
            }
            if (min.compareTo(max) >= 0) {
                error(PREDICATES, row.line(), "max_exclusive", "Batas atas " + max.toPlainString()
                        + " harus lebih besar dari batas bawah " + min.toPlainString() + ".");
                continue;
            }
            if (!names.add(predicate)) {
                error(PREDICATES, row.line(), "predicate", "Predikat '" + shorten(predicate) + "' muncul dua kali.");
            }
            bands.add(new Band(row.line(), new PredicateBand(min, max, predicate)));
        }
        if (rows.isEmpty() && errors.size() == errorsBefore) {
            error(PREDICATES, 1, "predicate", "Tabel predikat kosong.");
        }
        if (errors.size() > errorsBefore || bands.isEmpty()) {
            return List.of();
        }
        bands.sort(Comparator.comparing(b -> b.band().minInclusive()));
        BigDecimal scaleMin = BigDecimal.valueOf(Levels.MIN);
        BigDecimal scaleMax = BigDecimal.valueOf(Levels.MAX);
        Band first = bands.get(0);
        if (first.band().minInclusive().compareTo(scaleMin) != 0) {
            error(PREDICATES, first.line(), "min_inclusive", "Predikat terendah harus mulai dari "
                    + scaleMin + " (tingkat terendah), bukan " + first.band().minInclusive().toPlainString() + ".");
        }
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1);
            Band band = bands.get(i);
            int cmp = band.band().minInclusive().compareTo(previous.band().maxExclusive());
            if (cmp > 0) {
                error(PREDICATES, band.line(), "min_inclusive", "Celah antara " + previous.band().maxExclusive()
                        .toPlainString() + " (baris " + previous.line() + ") dan " + band.band().minInclusive()
                        .toPlainString() + ": nilai di antaranya tidak berpredikat.");
            } else if (cmp < 0) {
                error(PREDICATES, band.line(), "min_inclusive", "Tumpang tindih dengan baris " + previous.line()
                        + ": " + band.band().minInclusive().toPlainString() + " < "
                        + previous.band().maxExclusive().toPlainString() + ".");
            }
        }
        Band last = bands.get(bands.size() - 1);
        if (last.band().maxExclusive().compareTo(scaleMax) != 0) {
            error(PREDICATES, last.line(), "max_exclusive", "Predikat tertinggi harus berakhir pada " + scaleMax
                    + " (tingkat tertinggi, inklusif), bukan " + last.band().maxExclusive().toPlainString() + ".");
        }
        return bands.stream().map(Band::band).toList();
    }

    // ---- rows and cells -----------------------------------------------------------------------------------------

    private record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        boolean has(String column) {
            return cells.containsKey(column);
        }
    }

    private List<Row> rows(String file, String csv, List<String> required, List<String> optional) {
        List<Row> rows = new ArrayList<>();
        if (csv == null) {
            error(file, 1, "-", "Berkas tidak ada.");
            return rows;
        }
        String[] lines = csv.replace("\uFEFF", "").split("\r\n|\n|\r", -1);
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = CsvLine.split(line);
            if (cells == null) {
                error(file, lineNo, "-", "Tanda kutip tidak tertutup pada baris ini.");
                continue;
            }
            if (header == null) {
                header = header(file, lineNo, cells, required, optional);
                if (header == null) {
                    return rows;
                }
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                error(file, lineNo, "-", "Lebih dari " + MAX_ROWS + " baris.");
                return rows;
            }
            if (cells.size() != header.size()) {
                error(file, lineNo, "-", "Baris memuat " + cells.size() + " kolom, kepala berkas " + header.size()
                        + ".");
                continue;
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), cells.get(c).strip());
            }
            rows.add(new Row(file, lineNo, byName));
        }
        if (header == null) {
            error(file, 1, "-", "Kepala berkas (baris nama kolom) tidak ditemukan; diharapkan " + required + ".");
        }
        return rows;
    }

    private List<String> header(String file, int line, List<String> cells, List<String> required,
            List<String> optional) {
        List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        boolean ok = true;
        for (String column : required) {
            if (!names.contains(column)) {
                error(file, line, column, "Kolom wajib '" + column + "' tidak ada.");
                ok = false;
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!required.contains(name) && !optional.contains(name)) {
                error(file, line, shorten(name), "Kolom '" + shorten(name) + "' tidak dikenal; kolom yang dikenal: "
                        + required + " " + optional + ".");
                ok = false;
            } else if (!seen.add(name)) {
                error(file, line, name, "Kolom '" + name + "' muncul dua kali.");
                ok = false;
            }
        }
        return ok ? names : null;
    }

    private String number(Row row, String column) {
        String value = row.get(column);
        if (!NUMBER.matcher(value).matches()) {
            error(row.file(), row.line(), column, value.isEmpty() ? "Nomor wajib diisi."
                    : "Nomor '" + shorten(value) + "' hanya boleh huruf, angka, titik dan tanda hubung (maks. 20).");
            return null;
        }
        return value;
    }

    private String text(Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            error(row.file(), row.line(), column, "Wajib diisi.");
            return null;
        }
        if (value.length() > MAX_TEXT || !printable(value)) {
            error(row.file(), row.line(), column, "Teks terlalu panjang (maks. " + MAX_TEXT
                    + ") atau memuat karakter kendali.");
            return null;
        }
        return value;
    }

    private BigDecimal weight(Row row, String column) {
        BigDecimal value = decimal(row, column);
        if (value != null && (value.signum() <= 0 || value.compareTo(MAX_WEIGHT) > 0)) {
            error(row.file(), row.line(), column, "Bobot harus lebih dari 0 dan paling besar " + MAX_WEIGHT + ".");
            return null;
        }
        return value;
    }

    private BigDecimal decimal(Row row, String column) {
        String value = row.get(column);
        try {
            if (value.isEmpty() || value.length() > 20) {
                throw new NumberFormatException();
            }
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            String hint = value.contains(",") ? " (gunakan titik sebagai pemisah desimal)" : "";
            error(row.file(), row.line(), column, "'" + shorten(value) + "' bukan bilangan desimal" + hint + ".");
            return null;
        }
    }

    private static boolean printable(String value) {
        return value.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private void error(String file, int line, String field, String message) {
        errors.add(new FrameworkFileException.LineError(file, line, field, message));
    }
}
