package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.domain.Opd;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The active OPDs of the directory (G1) as an import sees them: inventories name OPDs by their name, the register by
 * code. A Dinas-supplied mapping (name → code) comes first; otherwise the name must match exactly one active OPD's
 * name, ignoring case and spacing.
 */
final class OpdNames {

    /** The code a name stands for, or why there is none. */
    record Resolution(String code, String problem) {
    }

    private final Map<String, List<String>> codesByName;
    private final Set<String> activeCodes;
    private final Map<String, String> mapping;

    private OpdNames(Map<String, List<String>> codesByName, Set<String> activeCodes, Map<String, String> mapping) {
        this.codesByName = codesByName;
        this.activeCodes = activeCodes;
        this.mapping = mapping;
    }

    static OpdNames load(OpdDirectory directory, Map<String, String> mapping) {
        Map<String, List<String>> byName = new HashMap<>();
        Set<String> active = new HashSet<>();
        Page<Opd> page = directory.list(PageRequest.of(0, 200, Sort.by("_id")));
        while (true) {
            for (Opd opd : page.getContent()) {
                if (opd.active()) {
                    active.add(opd.code());
                    byName.computeIfAbsent(Names.normalize(opd.name()), n -> new ArrayList<>()).add(opd.code());
                }
            }
            if (!page.hasNext()) {
                break;
            }
            page = directory.list(page.nextPageable());
        }
        Map<String, String> normalizedMapping = new HashMap<>();
        mapping.forEach((name, code) -> normalizedMapping.put(Names.normalize(name), code));
        return new OpdNames(byName, active, normalizedMapping);
    }

    boolean active(String code) {
        return activeCodes.contains(code);
    }

    Resolution resolve(String name) {
        String key = Names.normalize(name);
        String mapped = mapping.get(key);
        if (mapped != null) {
            return active(mapped) ? new Resolution(mapped, null)
                    : new Resolution(null, "OPD '" + mapped + "' (pemetaan nama '" + name.trim()
                            + "') tidak terdaftar atau tidak aktif di direktori OPD.");
        }
        List<String> codes = codesByName.getOrDefault(key, List.of());
        if (codes.size() == 1) {
            return new Resolution(codes.get(0), null);
        }
        if (codes.isEmpty()) {
            return new Resolution(null, "OPD bernama '" + name.trim() + "' tidak ditemukan di direktori OPD; "
                    + "daftarkan OPD tersebut atau petakan namanya ke kode OPD (opdMapping).");
        }
        return new Resolution(null, "Nama OPD '" + name.trim() + "' cocok dengan lebih dari satu OPD " + codes
                + "; petakan namanya ke satu kode OPD (opdMapping).");
    }
}
