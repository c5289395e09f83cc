package id.go.spbe.platform.documents;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside zip containers (issue 7 defect 5). An OOXML package is what its main part says: the package
 * relationship {@code officeDocument} names the part, {@code [Content_Types].xml} gives that part's content type, and
 * only the exact Word, Excel or PowerPoint document types count; a macro-enabled main part, a VBA project
 * ({@code vbaProject.bin}) or ActiveX controls anywhere make it the macro-enabled type, which no kind accepts. An
 * OpenDocument package with Basic or script code is refused likewise. XML is parsed without DTDs or entities, and only
 * the first {@value #XML_LIMIT} bytes of each part are read.
 */
final class PackageInspector {

    static final int XML_LIMIT = 256 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_RELS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT_REL = "/officeDocument";

    /** Main-part content type → the document type it makes, and its macro-enabled twin. */
    private static final Map<String, String> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DocumentFormats.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", DocumentFormats.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            DocumentFormats.PPTX);
    private static final Map<String, String> MACRO_TWINS = Map.of(DocumentFormats.DOCX, DocumentFormats.DOCM,
            DocumentFormats.XLSX, DocumentFormats.XLSM, DocumentFormats.PPTX, DocumentFormats.PPTM);

    private PackageInspector() {
    }

    static String classify(Path file, String detected) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(CONTENT_TYPES) != null) {
                return ooxml(zip);
            }
            if (detected.startsWith("application/vnd.oasis.opendocument.") && hasOdfCode(zip)) {
                return DocumentFormats.ODF_WITH_MACROS;
            }
            return detected;
        } catch (ZipException e) {
            // Not a readable zip after all: what the magic bytes said stands, OOXML claims are not believed.
            return DocumentFormats.GENERIC_OOXML.equals(detected) ? DocumentFormats.GENERIC_OOXML : detected;
        }
    }

    private static String ooxml(ZipFile zip) throws IOException {
        Optional<String> mainPart = mainPartName(zip);
        if (mainPart.isEmpty()) {
            return DocumentFormats.GENERIC_OOXML;
        }
        Document contentTypes = parse(zip, zip.getEntry(CONTENT_TYPES));
        String mainType = contentTypeOf(contentTypes, mainPart.get());
        String lower = mainType == null ? "" : mainType.toLowerCase(Locale.ROOT);
        String document = MAIN_PARTS.get(mainType);
        if (lower.contains("macroenabled")) {
            return lower.contains("spreadsheetml") || lower.contains("ms-excel") ? DocumentFormats.XLSM
                    : lower.contains("presentationml") || lower.contains("ms-powerpoint") ? DocumentFormats.PPTM
                    : DocumentFormats.DOCM;
        }
        if (document == null) {
            return DocumentFormats.GENERIC_OOXML;
        }
        return hasActiveParts(zip, contentTypes) ? MACRO_TWINS.get(document) : document;
    }

    /** The target of the package's officeDocument relationship, as a part name without the leading slash. */
    private static Optional<String> mainPartName(ZipFile zip) throws IOException {
        ZipEntry rels = zip.getEntry(PACKAGE_RELS);
        if (rels == null) {
            return Optional.empty();
        }
        NodeList relationships = parse(zip, rels).getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < relationships.getLength(); i++) {
            Element relationship = (Element) relationships.item(i);
            if (relationship.getAttribute("Type").endsWith(OFFICE_DOCUMENT_REL)
                    && !"External".equals(relationship.getAttribute("TargetMode"))) {
                String target = relationship.getAttribute("Target");
                return Optional.of(target.startsWith("/") ? target.substring(1) : target);
            }
        }
        return Optional.empty();
    }

    /** The Override for the part, else the Default for its extension. */
    private static String contentTypeOf(Document contentTypes, String partName) {
        NodeList overrides = contentTypes.getElementsByTagNameNS("*", "Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            Element override = (Element) overrides.item(i);
            if (override.getAttribute("PartName").equalsIgnoreCase("/" + partName)) {
                return override.getAttribute("ContentType").strip();
            }
        }
        String extension = partName.substring(partName.lastIndexOf('.') + 1);
        NodeList defaults = contentTypes.getElementsByTagNameNS("*", "Default");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element fallback = (Element) defaults.item(i);
            if (fallback.getAttribute("Extension").equalsIgnoreCase(extension)) {
                return fallback.getAttribute("ContentType").strip();
            }
        }
        return null;
    }

    /** A VBA project or ActiveX control, as a part or as a declared content type. */
    private static boolean hasActiveParts(ZipFile zip, Document contentTypes) {
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName().toLowerCase(Locale.ROOT);
            if (name.endsWith("vbaproject.bin") || name.contains("activex/") || name.endsWith("vbadata.xml")) {
                return true;
            }
        }
        for (String tag : new String[] {"Override", "Default"}) {
            NodeList declared = contentTypes.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < declared.getLength(); i++) {
                String type = ((Element) declared.item(i)).getAttribute("ContentType").toLowerCase(Locale.ROOT);
                if (type.contains("vbaproject") || type.contains("activex") || type.contains("macroenabled")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasOdfCode(ZipFile zip) {
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws IOException {
        byte[] xml;
        try (InputStream in = zip.getInputStream(entry)) {
            xml = in.readNBytes(XML_LIMIT);
        }
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            // An unreadable package part: the package is not a document we can vouch for.
            throw new ZipException("malformed package part " + entry.getName());
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports secure processing", e);
        }
    }
}
