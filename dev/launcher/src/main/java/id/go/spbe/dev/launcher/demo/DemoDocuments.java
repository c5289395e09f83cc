package id.go.spbe.dev.launcher.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small but genuine documents for the workflow steps that need them (A7/A8). The document store judges a file by its
 * bytes (content sniffing, PDF parsing for signatures), so these are a well-formed one-page PDF and a real zip.
 */
public final class DemoDocuments {

    private DemoDocuments() {
    }

    /** A file to upload. */
    public record DemoFile(String filename, String contentType, byte[] content) {
    }

    static final String REGION_NOTE = "Dokumen contoh region demo SPBE (bukan dokumen resmi).";

    /** The document of {@code kind} (DocumentKind name) for an application. */
    public static DemoFile forKind(String kind, String applicationName) {
        if ("SOURCE_CODE".equals(kind)) {
            return new DemoFile("kode-sumber.zip", "application/zip", sourceArchive(applicationName));
        }
        String title = switch (kind) {
            case "REQUIREMENTS_SPEC" -> "Spesifikasi Kebutuhan Perangkat Lunak";
            case "DESIGN_DOCUMENT" -> "Dokumen Rancangan";
            case "USER_MANUAL" -> "Manual Pengguna";
            case "TEST_REPORT" -> "Laporan Pengujian";
            default -> "Dokumen";
        };
        String file = kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".pdf";
        return new DemoFile(file, "application/pdf", pdf(List.of(title, applicationName, REGION_NOTE)));
    }

    /** A one-page PDF 1.4 with the given lines in Helvetica; the xref offsets are exact so strict readers accept it. */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 760 Td 18 TL\n");
        for (String line : lines) {
            text.append('(').append(pdfString(line)).append(") Tj T*\n");
        }
        text.append("ET");
        String stream = text.toString();
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** ASCII only (the offsets count characters as bytes), with PDF string escapes. */
    private static String pdfString(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** A zip with a README and one source file, as a source-code deposit would be. */
    static byte[] sourceArchive(String applicationName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("README.md"));
            zip.write(("# " + applicationName + "\n\n" + REGION_NOTE + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("src/index.php"));
            zip.write("<?php\necho 'SPBE demo';\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
