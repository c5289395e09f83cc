package id.go.spbe.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of the formats the document API meets, built in code so each test shows what it sends. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A minimal Word package: its [Content_Types].xml names the wordprocessingml main part. */
    public static byte[] docx() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/word/document.xml");
    }

    /** A minimal spreadsheet package (OOXML, but not a Word document). */
    public static byte[] xlsx() {
        return ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "/xl/workbook.xml");
    }

    public static byte[] pptx() {
        return ooxml("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "/ppt/presentation.xml");
    }

    /** Word with macros: a macroEnabled main part and its VBA project, as Word saves a .docm. */
    public static byte[] docm() {
        return ooxml("application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml",
                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>",
                "word/vbaProject.bin");
    }

    /**
     * A .docm that also names the docx main type for an unused part: the old check looked for that string anywhere
     * in [Content_Types].xml and accepted the package as a Word document (issue 7 defect 5).
     */
    public static byte[] docmDeclaringDocxToo() {
        return ooxml("application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml",
                "<Override PartName=\"/word/decoy.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/>",
                "word/vbaProject.bin");
    }

    /** A docx main part with a VBA project smuggled in under an undeclared name. */
    public static byte[] docxWithHiddenVbaProject() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/word/document.xml", "", "word/media/vbaProject.bin");
    }

    public static byte[] docxWithActiveX() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "/word/document.xml", "<Override PartName=\"/word/activeX/activeX1.xml\" ContentType=\""
                        + "application/vnd.ms-office.activeX+xml\"/>", "word/activeX/activeX1.xml");
    }

    public static byte[] xlsm() {
        return ooxml("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "/xl/workbook.xml", "",
                "xl/vbaProject.bin");
    }

    /** [Content_Types].xml naming a docx part, but no package relationships saying which part is the document. */
    public static byte[] ooxmlWithoutRelationships() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", contentTypes("/word/document.xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ""));
            put(zip, "word/document.xml", "<document/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument text carrying a Basic macro library. */
    public static byte[] odtWithBasicMacro() {
        return odt("Basic/Standard/Module1.xml", "<script:module>Sub Main</script:module>");
    }

    /** An OpenDocument text: the stored "mimetype" entry comes first, as ODF requires. */
    public static byte[] odt() {
        return odt(null, null);
    }

    private static byte[] odt(String extraEntry, String extraContent) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "content.xml", "<office:document-content/>");
            if (extraEntry != null) {
                put(zip, extraEntry, extraContent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] sourceZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "simpus/README.md", "# SIMPUS\n");
            put(zip, "simpus/src/Main.java", "class Main { public static void main(String[] a) { } }\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A POSIX tar with one file: "ustar" at offset 257 is what identifies it. */
    public static byte[] tar() {
        byte[] content = "print('halo')\n".getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[512];
        ascii(header, 0, "simpus/main.py");
        ascii(header, 100, "0000644");
        ascii(header, 124, String.format("%011o", content.length));
        ascii(header, 156, "0");
        ascii(header, 257, "ustar");
        ascii(header, 263, "00");
        byte[] tar = new byte[512 + 512 + 1024];
        System.arraycopy(header, 0, tar, 0, 512);
        System.arraycopy(content, 0, tar, 512, content.length);
        return tar;
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] sevenZip() {
        return new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    public static byte[] markdown() {
        return "# Manual Pengguna SIMPUS\n\n1. Masuk dengan akun OPD.\n2. Pilih *Pasien*.\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows executable (MZ header). */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        ascii(exe, 0x80, "PE");
        return exe;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** An MP3 (ID3 tag followed by an MPEG audio frame header). */
    public static byte[] mp3() {
        byte[] mp3 = new byte[512];
        ascii(mp3, 0, "ID3");
        mp3[3] = 3;
        mp3[10] = (byte) 0xFF;
        mp3[11] = (byte) 0xFB;
        mp3[12] = (byte) 0x90;
        return mp3;
    }

    /** An MP4 video (ISO base media "ftyp" box). */
    public static byte[] mp4() {
        byte[] mp4 = new byte[64];
        mp4[3] = 0x18;
        ascii(mp4, 4, "ftypmp42");
        ascii(mp4, 16, "isommp42");
        return mp4;
    }

    private static byte[] ooxml(String mainContentType, String mainPart) {
        return ooxml(mainContentType, mainPart, "", null);
    }

    /**
     * An OOXML package as Office writes it: [Content_Types].xml first, the package relationship naming the main part,
     * the main part, and optionally one more part (e.g. a VBA project) with extra content-type declarations.
     */
    private static byte[] ooxml(String mainContentType, String mainPart, String extraTypes, String extraPart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", contentTypes(mainPart, mainContentType, extraTypes));
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"" + mainPart.substring(1) + "\"/></Relationships>");
            put(zip, mainPart.substring(1), "<document/>");
            if (extraPart != null) {
                zip.putNextEntry(new ZipEntry(extraPart));
                zip.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                        (byte) 0xE1});
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes(String mainPart, String mainContentType, String extraTypes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/>" + extraTypes
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainContentType + "\"/></Types>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void ascii(byte[] target, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }
}
