package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.TestPki.Identity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.Hashtable;

/**
 * PDFs for tests, made with PDFBox: plain ones, ones signed with BouncyCastle CMS (adbe.pkcs7.detached or PAdES),
 * document time-stamps, and tampered copies. Saved uncompressed so a marker text can be found and altered in place.
 */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF whose title and text are {@code marker}. */
    public static byte[] unsigned(String marker) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(marker);
                text.endText();
            }
            document.getDocumentInformation().setTitle(marker);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] signed(byte[] pdf, Identity signer, Instant signingTime) {
        return sign(pdf, signer, signingTime, PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
    }

    public static byte[] signedPades(byte[] pdf, Identity signer, Instant signingTime) {
        return sign(pdf, signer, signingTime, PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
    }

    /** Adds an RFC 3161 document time-stamp, as long-term (LTA) signatures do. */
    public static byte[] timestamped(byte[] pdf, Identity tsa) {
        PDSignature signature = new PDSignature();
        signature.setType(COSName.DOC_TIME_STAMP);
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
        return incremental(pdf, signature, content -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
                TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.keys().getPrivate(),
                                tsa.certificate()),
                        new JcaDigestCalculatorProviderBuilder().build()
                                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                        new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
                generator.addCertificates(new JcaCertStore(tsa.chain()));
                TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
                requests.setCertReq(true);
                TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, digest);
                return generator.generate(request, BigInteger.ONE, new Date()).getEncoded();
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
    }

    /** Replaces the first occurrence of {@code from} by {@code to} (same length, so offsets stay valid). */
    public static byte[] tampered(byte[] pdf, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("same length keeps the byte ranges in place");
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(from + " not in the PDF");
        }
        byte[] copy = pdf.clone();
        System.arraycopy(to.getBytes(StandardCharsets.ISO_8859_1), 0, copy, at, to.length());
        return copy;
    }

    /** The signed PDF with a later incremental update changing its title (a change after signing). */
    public static byte[] retitledAfterSigning(byte[] signedPdf, String title) {
        try (PDDocument document = Loader.loadPDF(signedPdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sign(byte[] pdf, Identity signer, Instant signingTime, COSName subFilter) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(subFilter);
        signature.setName(signer.certificate().getSubjectX500Principal().getName());
        signature.setReason("Pengesahan dokumen aplikasi");
        Calendar when = Calendar.getInstance();
        when.setTime(Date.from(signingTime));
        signature.setSignDate(when);
        return incremental(pdf, signature, content -> cms(content.readAllBytes(), signer, signingTime));
    }

    private static byte[] cms(byte[] content, Identity signer, Instant signingTime) throws IOException {
        try {
            Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
            attributes.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.keys().getPrivate()),
                            signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static byte[] incremental(byte[] pdf, PDSignature signature, SignatureInterface signing) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addSignature(signature, signing);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
