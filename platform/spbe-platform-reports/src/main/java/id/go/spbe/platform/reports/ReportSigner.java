package id.go.spbe.platform.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Signs a PDF with PAdES baseline B-B (SubFilter {@code ETSI.CAdES.detached}, SHA-256, the ESS signing-certificate-v2
 * attribute, the signer's chain embedded, signing time in the signature dictionary) as an incremental update, so the
 * PDF/A content stays untouched. Optionally a visible box on the last page names the signer and the time. The key
 * comes from a PKCS#12 keystore; revocation data and time-stamps (B-T/B-LT) are left to the TSA of a deployment.
 */
public class ReportSigner {

    private static final float BOX_WIDTH = 260;
    private static final float BOX_HEIGHT = 54;
    private static final float MARGIN = 36;

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final boolean visible;
    private final String reason;
    private final String location;
    private final IndonesianFormat format;
    private final Clock clock;

    public ReportSigner(PrivateKey key, List<X509Certificate> chain, boolean visible, String reason, String location,
            IndonesianFormat format, Clock clock) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
        this.visible = visible;
        this.reason = reason;
        this.location = location;
        this.format = format;
        this.clock = clock;
    }

    /** Loads the key entry {@code alias} (or the first key entry) of a PKCS#12 keystore. */
    public static ReportSigner fromKeyStore(InputStream keystore, char[] password, String alias, boolean visible,
            String reason, String location, IndonesianFormat format, Clock clock) {
        try (InputStream in = keystore) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias;
            if (entry == null || entry.isBlank()) {
                entry = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the report signing keystore holds no key"));
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            if (key == null) {
                throw new IllegalStateException("no key entry '" + entry + "' in the report signing keystore");
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(entry)) {
                chain.add((X509Certificate) certificate);
            }
            return new ReportSigner(key, chain, visible, reason, location, format, clock);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the report signing keystore (spbe.reports.signing.*)", e);
        }
    }

    /** The signer's common name as it will appear in the signature. */
    public String signerName() {
        return chain.get(0).getSubjectX500Principal().getName();
    }

    public byte[] sign(byte[] pdf) {
        Instant now = clock.instant();
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName());
            signature.setReason(reason);
            if (location != null && !location.isBlank()) {
                signature.setLocation(location);
            }
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            when.setTime(Date.from(now));
            signature.setSignDate(when);
            if (visible) {
                try (SignatureOptions options = new SignatureOptions()) {
                    int last = document.getNumberOfPages() - 1;
                    options.setVisualSignature(appearance(document.getPage(last).getMediaBox(), now));
                    options.setPage(last);
                    options.setPreferredSignatureSize(32 * 1024);
                    document.addSignature(signature, this::cms, options);
                    document.saveIncremental(out);
                }
            } else {
                try (SignatureOptions options = new SignatureOptions()) {
                    options.setPreferredSignatureSize(32 * 1024);
                    document.addSignature(signature, this::cms, options);
                    document.saveIncremental(out);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the report", e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = chain.get(0);
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                            certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            new AttributeTable(attributes)) {
                        @Override
                        public AttributeTable getAttributes(java.util.Map params) {
                            // PAdES: the signing time is the /M of the signature dictionary, not a CMS attribute.
                            return super.getAttributes(params).remove(CMSAttributes.signingTime);
                        }
                    })
                    .build(new JcaContentSignerBuilder(algorithm).build(key), certificate));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException e) {
            throw new IOException("cannot create the CMS signature", e);
        }
    }

    /** A one-page document holding the signature field's widget and appearance, as PDFBox merges visual templates. */
    private InputStream appearance(PDRectangle page, Instant when) throws IOException {
        try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage templatePage = new PDPage(page);
            template.addPage(templatePage);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDRectangle box = new PDRectangle(page.getUpperRightX() - MARGIN - BOX_WIDTH, MARGIN, BOX_WIDTH,
                    BOX_HEIGHT);
            widget.setRectangle(box);
            PDFormXObject stream = new PDFormXObject(template);
            stream.setResources(new PDResources());
            stream.setFormType(1);
            stream.setBBox(new PDRectangle(BOX_WIDTH, BOX_HEIGHT));
            PDType0Font font;
            try (InputStream fontBytes = ReportSigner.class.getResourceAsStream(
                    "/spbe/reports/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(template, fontBytes, true);
            }
            try (PDPageContentStream draw = new PDPageContentStream(template, new PDAppearanceStream(
                    stream.getCOSObject()))) {
                draw.setStrokingColor(0.17f, 0.42f, 0.69f);
                draw.addRect(0.5f, 0.5f, BOX_WIDTH - 1, BOX_HEIGHT - 1);
                draw.stroke();
                draw.beginText();
                draw.setFont(font, 8);
                draw.setLeading(11);
                draw.newLineAtOffset(6, BOX_HEIGHT - 13);
                draw.showText("Ditandatangani secara elektronik oleh");
                draw.newLine();
                draw.showText(commonName());
                draw.newLine();
                draw.showText(format.dateTime(when));
                draw.endText();
            }
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            appearance.setNormalAppearance(new PDAppearanceStream(stream.getCOSObject()));
            widget.setAppearance(appearance);
            widget.getCOSObject().setItem(COSName.P, templatePage.getCOSObject());
            templatePage.getAnnotations().add(widget);
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private String commonName() {
        String dn = chain.get(0).getSubjectX500Principal().getName();
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.trim().startsWith("CN=")) {
                return part.trim().substring(3);
            }
        }
        return dn;
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
