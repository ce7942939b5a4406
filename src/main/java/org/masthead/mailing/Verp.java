package org.masthead.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.base.SignedLinks;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * An envelope sender per mail (VERP): {@code bounces+d42.<signature>@example.org} for delivery 42,
 * {@code n7.<signature>} for notification 7. The signature (80 bits of HMAC-SHA256 under the
 * links' key, in lower-case hex because mail servers may change the case of a local part) makes a
 * token impossible to guess, so nobody can mark someone else's delivery bounced by mailing us.
 */
@Component
class Verp {

    /** What a bounce address names. */
    record Target(char kind, long id) {
        static final char DELIVERY = 'd';
        static final char NOTIFICATION = 'n';
    }

    private static final int SIGNATURE_BYTES = 10;
    private static final Pattern TOKEN = Pattern.compile("([dn])([0-9]{1,18})\\.([0-9a-f]{" + 2 * SIGNATURE_BYTES + "})");

    private final SignedLinks signed;
    private final String local;
    private final String domain;

    Verp(SignedLinks signed, BounceSettings bounces, MailSettings mail) {
        this.signed = signed;
        String address = StringUtils.hasText(bounces.address()) ? bounces.address().strip()
                : "bounces@" + Dkim.domainOf(mail.from());
        int at = address.lastIndexOf('@');
        this.local = at <= 0 ? "bounces" : address.substring(0, at);
        this.domain = at < 0 ? address : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The plain bounce address, for mail that names no row (tests to the publisher, confirmations). */
    String plain() {
        return local + "@" + domain;
    }

    String forDelivery(long deliveryId) {
        return address(Target.DELIVERY, deliveryId);
    }

    String forNotification(long notificationId) {
        return address(Target.NOTIFICATION, notificationId);
    }

    private String address(char kind, long id) {
        return local + "+" + kind + id + "." + signature(kind, id) + "@" + domain;
    }

    /**
     * What a bounce's recipient address (its To, Delivered-To, X-Original-To, or the envelope it came
     * back to) names, when its signature holds; empty for anything else.
     */
    Optional<Target> read(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String bare = address.strip();
        try {
            bare = new InternetAddress(bare, false).getAddress();
        } catch (MessagingException notAnAddress) {
            // Try the text as it is.
        }
        bare = bare.toLowerCase(Locale.ROOT);
        int plus = bare.indexOf('+');
        int at = bare.lastIndexOf('@');
        if (plus < 0 || at < plus) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(bare.substring(plus + 1, at));
        if (!token.matches()) {
            return Optional.empty();
        }
        char kind = token.group(1).charAt(0);
        long id = Long.parseLong(token.group(2));
        byte[] expected = signature(kind, id).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] given = token.group(3).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(new Target(kind, id)) : Optional.empty();
    }

    private String signature(char kind, long id) {
        byte[] mac = Base64.getUrlDecoder().decode(signed.sign("bounce:" + kind + id));
        return HexFormat.of().formatHex(mac, 0, SIGNATURE_BYTES);
    }
}
