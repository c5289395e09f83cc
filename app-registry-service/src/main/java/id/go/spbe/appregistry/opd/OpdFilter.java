package id.go.spbe.appregistry.opd;

/**
 * Narrows the directory list; every criterion is optional and they combine with AND.
 *
 * @param parent     only the direct sub-units of this OPD code
 * @param mandiriTik only OPDs with (true) or without (false) Mandiri TIK status
 * @param active     only active (true) or inactive (false) OPDs
 * @param text       case-insensitive part of the name or code
 */
public record OpdFilter(String parent, Boolean mandiriTik, Boolean active, String text) {

    public static final int MAX_TEXT_LENGTH = 100;

    public static OpdFilter none() {
        return new OpdFilter(null, null, null, null);
    }
}
