package org.masthead.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes (SHA-1, six digits, 30 seconds: what every authenticator app reads from a QR
 * code), through dev.samstevens.totp. The check answers the time step a code belongs to, so the
 * caller can refuse a code used once ({@link SecondFactors}).
 */
@Component
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    /** One step either side: a phone's clock a little off, or a code typed as it changed. */
    private static final int ALLOWED_DRIFT = 1;

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
    private final String issuer;

    TotpCodes(SecondFactorSettings settings) {
        this.issuer = settings.issuer();
    }

    /** A new random secret, Base32 (160 bits). */
    public String newSecret() {
        return secrets.generate();
    }

    /** The secret as a QR code an authenticator app scans: a PNG as a data: address, for an image. */
    public String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code of a new second factor", e);
        }
    }

    /** The 30-second step an instant falls in. */
    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of a step (for the check, and for tests that play the authenticator app). */
    static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not compute a TOTP code", e);
        }
    }

    /** The step within the allowed drift whose code this is, the latest first; empty if none is. */
    OptionalLong stepOf(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current + ALLOWED_DRIFT; step >= current - ALLOWED_DRIFT; step--) {
            String expected;
            try {
                expected = codes.generate(secret, step);
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
