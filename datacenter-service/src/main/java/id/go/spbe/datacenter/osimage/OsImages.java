package id.go.spbe.datacenter.osimage;

import id.go.spbe.datacenter.osimage.domain.OsImage;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The OS image catalogue (D4): Dinas adds, corrects and retires images (role checked by the controller); every
 * signed-in caller reads it. A VPS request names an active image whose support has not ended ({@link #requireOffered}).
 * Regulation RL p19(11) / BT p16(9) says only that Dinas provides the VPS "beserta konfigurasi"; that the image comes
 * from this catalogue is the Pusat Data's own rule, enforced under D4.
 */
@Service
public class OsImages {

    private final OsImageRepository images;
    private final ZoneId zone;
    private final Clock clock;

    OsImages(OsImageRepository images, RegionProfile region, Clock clock) {
        this.images = images;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    /** Adds an image; a code already in the catalogue (active or retired) is a 409. */
    public OsImage add(Caller caller, String code, String name, String version, OsImage.Family family,
            LocalDate endOfSupport) {
        return images.insert(OsImage.add(code, name, version, family, endOfSupport, caller.username(),
                clock.instant()));
    }

    public OsImage update(Caller caller, String code, String name, String version, OsImage.Family family,
            LocalDate endOfSupport, String ifMatch) {
        OsImage image = get(code);
        ETags.checkIfMatch(ifMatch, image.version());
        image.update(name, version, family, endOfSupport, caller.username(), clock.instant());
        return images.save(image);
    }

    public OsImage retire(Caller caller, String code, String reason, String ifMatch) {
        OsImage image = get(code);
        ETags.checkIfMatch(ifMatch, image.version());
        image.retire(reason, caller.username(), clock.instant());
        return images.save(image);
    }

    public OsImage get(String code) {
        return images.findById(code).orElseThrow(() -> new NotFoundException("Image sistem operasi", code));
    }

    public Page<OsImage> list(OsImage.Status status, OsImage.Family family, Pageable page) {
        if (status != null && family != null) {
            return images.findByStatusAndFamily(status, family, page);
        }
        if (status != null) {
            return images.findByStatus(status, page);
        }
        return family != null ? images.findByFamily(family, page) : images.findAll(page);
    }

    /**
     * D4: a new VPS is provisioned from an image of the catalogue that is active and still supported by its vendor
     * (the region's calendar); otherwise 422 naming D4. Requests made earlier keep the image they named.
     */
    public OsImage requireOffered(String code) {
        OsImage image = images.findById(code).orElseThrow(() -> new RuleViolationException("D4",
                "Image sistem operasi '" + code + "' tidak ada di katalog Pusat Data; pilih image yang aktif."));
        if (image.status() == OsImage.Status.RETIRED) {
            throw new RuleViolationException("D4", "Image sistem operasi " + image.name() + " " + image.release()
                    + " sudah dipensiunkan dari katalog Pusat Data; pilih image yang aktif.");
        }
        if (image.supportEnded(LocalDate.now(clock.withZone(zone)))) {
            throw new RuleViolationException("D4", "Dukungan vendor untuk " + image.name() + " " + image.release()
                    + " berakhir pada " + image.endOfSupport() + "; VPS baru tidak dibuat dari image ini.");
        }
        return image;
    }
}
