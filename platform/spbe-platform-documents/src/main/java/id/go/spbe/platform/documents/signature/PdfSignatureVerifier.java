package id.go.spbe.platform.documents.signature;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies the signatures of a PDF (SEC3, SEC1 authenticity and non-repudiation): PAdES and the older
 * {@code adbe.pkcs7.detached} form, plus document time-stamps ({@code ETSI.RFC3161}) that long-term signatures carry.
 * For each signature: the signed byte range must start at the beginning of the file and leave out exactly the
 * signature value, the CMS must verify against the certificate it carries (valid at the claimed signing time), and the
 * last signature must reach the end of the file, so nothing was appended after signing. With trust anchors
 * configured, each signer's certificate chain must also reach one of them at signing time.
 * <p>
 * Not checked: revocation (CRL/OCSP need the network and are a deployment decision) and the DocMDP permissions of
 * incremental updates; content appended after the last signature is therefore refused outright.
 */
public class PdfSignatureVerifier {

    private static final Provider BC = new BouncyCastleProvider();
    private static final String PKCS7_DETACHED = "adbe.pkcs7.detached";
    private static final String CADES_DETACHED = "ETSI.CAdES.detached";
    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";
    /** The gap may hold the hex signature value, its angle brackets and some whitespace; nothing sizeable else. */
    private static final int GAP_SLACK = 64;

    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    public PdfSignatureVerifier(Collection<X509Certificate> trustAnchors, Clock clock) {
        this.anchors = trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
        this.clock = clock;
    }

    public boolean decidesTrust() {
        return !anchors.isEmpty();
    }

    /**
     * @throws IOException when the file cannot be read as a PDF (damaged, or encrypted with a user password)
     */
    public SignatureCheck verify(Path pdf) throws IOException {
        long length = Files.size(pdf);
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            signatures = new ArrayList<>(document.getSignatureDictionaries());
        } catch (RuntimeException e) {
            // Hostile or damaged structures can surface as unchecked parser errors; they are still unreadable PDFs.
            throw new IOException("unreadable PDF", e);
        }
        if (signatures.isEmpty()) {
            return SignatureCheck.unsigned();
        }
        try {
            signatures.sort(Comparator.comparingLong(PdfSignatureVerifier::end));
            List<Signed> signers = new ArrayList<>();
            for (PDSignature signature : signatures) {
                requireWellFormedRange(pdf, length, signature);
                String subFilter = signature.getSubFilter();
                if (DOCUMENT_TIMESTAMP.equals(subFilter)) {
                    verifyTimestamp(pdf, signature);
                } else if (PKCS7_DETACHED.equals(subFilter) || CADES_DETACHED.equals(subFilter)) {
                    signers.add(verifyCms(pdf, signature));
                } else {
                    throw new Broken("Format tanda tangan " + subFilter + " tidak didukung.");
                }
            }
            if (end(signatures.get(signatures.size() - 1)) != length) {
                throw new Broken("Dokumen telah diubah setelah ditandatangani: ada isi di luar rentang yang "
                        + "ditandatangani.");
            }
            return signers.isEmpty() ? SignatureCheck.unsigned() : judge(signers);
        } catch (Broken broken) {
            return SignatureCheck.invalid(broken.getMessage());
        }
    }

    /** The latest signer is reported; trust is the weakest over all signers. */
    private SignatureCheck judge(List<Signed> signers) {
        Signed latest = signers.get(signers.size() - 1);
        String distrust = null;
        if (decidesTrust()) {
            for (Signed signed : signers) {
                if (!chainsToAnchor(signed)) {
                    distrust = "Rantai sertifikat " + signed.signer() + " tidak berujung pada otoritas sertifikat "
                            + "tepercaya.";
                    break;
                }
            }
        }
        SignatureCheck.Status status = !decidesTrust() ? SignatureCheck.Status.INTACT
                : distrust == null ? SignatureCheck.Status.TRUSTED : SignatureCheck.Status.UNTRUSTED;
        return new SignatureCheck(status, latest.signer(), latest.issuer(), latest.signedAt(), latest.format(),
                distrust);
    }

    private static void requireWellFormedRange(Path pdf, long length, PDSignature signature) throws IOException {
        int[] range = signature.getByteRange();
        byte[] contents = signature.getContents();
        if (range == null || range.length != 4 || contents == null || contents.length == 0) {
            throw new Broken("Tanda tangan tidak memiliki rentang byte atau nilai tanda tangan yang sah.");
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (range[0] != 0 || gapStart <= 0 || gapEnd <= gapStart || range[3] < 0 || gapEnd + range[3] > length
                || gapEnd - gapStart > 2L * contents.length + 2 + GAP_SLACK) {
            throw new Broken("Rentang byte tanda tangan tidak mencakup dokumen sebagaimana mestinya.");
        }
        // The only unsigned bytes must be the signature value itself, written as a hex string.
        String gap = new String(ByteRangeContent.read(pdf, gapStart, (int) (gapEnd - gapStart)),
                StandardCharsets.ISO_8859_1);
        if (!gap.startsWith("<") || !gap.endsWith(">")) {
            throw new Broken("Rentang byte tanda tangan tidak tepat mengapit nilai tanda tangan.");
        }
        try {
            byte[] inGap = HexFormat.of().parseHex(gap.substring(1, gap.length() - 1).replaceAll("\\s", ""));
            if (!Arrays.equals(inGap, contents)) {
                throw new Broken("Rentang byte tanda tangan tidak tepat mengapit nilai tanda tangan.");
            }
        } catch (IllegalArgumentException e) {
            throw new Broken("Rentang byte tanda tangan tidak tepat mengapit nilai tanda tangan.");
        }
    }

    private Signed verifyCms(Path pdf, PDSignature signature) {
        try {
            CMSSignedData cms = new CMSSignedData(new ByteRangeContent(pdf, signature.getByteRange()),
                    signature.getContents());
            Collection<SignerInformation> signerInfos = cms.getSignerInfos().getSigners();
            if (signerInfos.size() != 1) {
                throw new Broken("Tanda tangan PDF harus memuat tepat satu penanda tangan.");
            }
            SignerInformation signerInfo = signerInfos.iterator().next();
            X509CertificateHolder certificate = certificateOf(cms, signerInfo);
            if (!signerInfo.verify(verifierFor(certificate))) {
                throw new Broken(tampered());
            }
            Instant signedAt = signingTime(signerInfo, signature);
            List<X509Certificate> carried = new ArrayList<>();
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                carried.add(new JcaX509CertificateConverter().getCertificate(holder));
            }
            return new Signed(new JcaX509CertificateConverter().getCertificate(certificate), carried,
                    commonName(certificate.getSubject()), issuerOf(certificate), signedAt,
                    "PDF " + signature.getSubFilter());
        } catch (CMSVerifierCertificateNotValidException e) {
            throw new Broken("Sertifikat penanda tangan tidak berlaku pada waktu penandatanganan.");
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof Broken broken) {
                throw broken;
            }
            // A digest mismatch, a bad signature value and an undecodable CMS all mean the same to the depositor.
            throw new Broken(tampered());
        }
    }

    /** A document time-stamp: the TSA's CMS must verify and its message imprint must match the covered bytes. */
    private static void verifyTimestamp(Path pdf, PDSignature signature) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(signature.getContents()));
            X509CertificateHolder tsa = certificateOf(token.toCMSSignedData(), token.toCMSSignedData()
                    .getSignerInfos().getSigners().iterator().next());
            token.validate(verifierFor(tsa));
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build()
                    .get(new AlgorithmIdentifier(token.getTimeStampInfo().getMessageImprintAlgOID()));
            try (OutputStream out = digest.getOutputStream()) {
                new ByteRangeContent(pdf, signature.getByteRange()).write(out);
            }
            if (!Arrays.equals(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
                throw new Broken("Cap waktu dokumen tidak cocok dengan isi dokumen: dokumen telah diubah.");
            }
        } catch (TSPException | CMSException | OperatorCreationException | GeneralSecurityException | IOException
                | RuntimeException e) {
            if (e instanceof Broken broken) {
                throw broken;
            }
            throw new Broken("Cap waktu dokumen (RFC 3161) tidak dapat diverifikasi.");
        }
    }

    private boolean chainsToAnchor(Signed signed) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signed.certificate());
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(signed.carried())));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(signed.signedAt() != null ? signed.signedAt() : clock.instant()));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509CertificateHolder certificateOf(CMSSignedData cms, SignerInformation signerInfo) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInfo.getSID());
        if (matches.isEmpty()) {
            throw new Broken("Sertifikat penanda tangan tidak disertakan dalam tanda tangan.");
        }
        return matches.iterator().next();
    }

    private static SignerInformationVerifier verifierFor(X509CertificateHolder certificate)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate);
    }

    /** The signed signing-time attribute if present, else the /M entry of the signature dictionary (both claimed). */
    private static Instant signingTime(SignerInformation signerInfo, PDSignature signature) {
        AttributeTable signed = signerInfo.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute != null && attribute.getAttrValues().size() > 0) {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            return Time.getInstance(value).getDate().toInstant();
        }
        return signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static String issuerOf(X509CertificateHolder certificate) {
        try {
            return new JcaX509CertificateConverter().getCertificate(certificate).getIssuerX500Principal().getName();
        } catch (GeneralSecurityException e) {
            return certificate.getIssuer().toString();
        }
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? -1 : (long) range[2] + range[3];
    }

    private static String tampered() {
        return "Tanda tangan tidak cocok dengan isi dokumen: dokumen telah diubah atau tanda tangan rusak.";
    }

    /** One verified signer signature. */
    private record Signed(X509Certificate certificate, List<X509Certificate> carried, String signer, String issuer,
            Instant signedAt, String format) {
    }

    /** A signature that does not verify; carries the reason for the depositor. */
    private static final class Broken extends RuntimeException {
        Broken(String message) {
            super(message, null, false, false);
        }
    }
}
