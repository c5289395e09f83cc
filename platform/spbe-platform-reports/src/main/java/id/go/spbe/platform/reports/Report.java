package id.go.spbe.platform.reports;

import java.util.Map;

/**
 * One report to render: the template ({@code <spbe.reports.templates><template>.html}), its title and subject (also
 * written to the PDF's metadata), the addressee it is sent to (e.g. the profile's {@code reportTo.monev}), and the
 * data the template shows.
 */
public record Report(String template, String title, String subject, String addressee, Map<String, Object> model) {

    public Report {
        if (template == null || !template.matches("[A-Za-z0-9_/-]+")) {
            throw new IllegalArgumentException("a report template is a plain name such as 'passport': " + template);
        }
        model = model == null ? Map.of() : Map.copyOf(model);
    }

    public static Report of(String template, String title, Map<String, Object> model) {
        return new Report(template, title, null, null, model);
    }

    public Report withSubject(String newSubject) {
        return new Report(template, title, newSubject, addressee, model);
    }

    public Report withAddressee(String newAddressee) {
        return new Report(template, title, subject, newAddressee, model);
    }
}
