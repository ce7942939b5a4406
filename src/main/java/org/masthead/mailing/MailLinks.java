package org.masthead.mailing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.masthead.base.PublicAddress;
import org.masthead.base.SignedLinks;
import org.springframework.stereotype.Component;

/**
 * The signed links of the mailing list. An unsubscribe token names one subscriber and never
 * expires (an old issue in someone's inbox must still let them leave); a confirmation token names
 * one subscriber and their address and expires. Both are signed by base's {@link SignedLinks}
 * (HMAC-SHA256 with a key kept in the database), the one scheme of every link handed out.
 */
@Component
class MailLinks {

    private final SignedLinks signed;
    private final Clock clock;
    private final String baseUrl;

    MailLinks(SignedLinks signed, Clock clock, PublicAddress publicAddress) {
        this.signed = signed;
        this.clock = clock;
        this.baseUrl = publicAddress.base();
    }

    /** The public page that unsubscribes this subscriber: the visible link and List-Unsubscribe. */
    String unsubscribeUrl(long subscriberId) {
        return baseUrl + "/archive/unsubscribe?t=" + unsubscribeToken(subscriberId);
    }

    /** The public page that confirms this subscriber's sign-up, good until {@code until}. */
    String confirmUrl(long subscriberId, String address, Instant until) {
        return baseUrl + "/archive/subscribe/confirm?t=" + confirmToken(subscriberId, address, until);
    }

    String unsubscribeToken(long subscriberId) {
        String id = Long.toString(subscriberId);
        return id + "." + sign("unsubscribe:" + id);
    }

    /** The subscriber an unsubscribe token names, when its signature holds. */
    Optional<Long> subscriberOfUnsubscribeToken(String token) {
        String[] parts = split(token, 2);
        if (parts == null || !isNumber(parts[0])) {
            return Optional.empty();
        }
        return matches(parts[1], "unsubscribe:" + parts[0]) ? Optional.of(Long.parseLong(parts[0])) : Optional.empty();
    }

    String confirmToken(long subscriberId, String address, Instant until) {
        String id = Long.toString(subscriberId);
        String expires = Long.toString(until.getEpochSecond());
        return id + "." + expires + "." + sign("confirm:" + id + ":" + expires + ":" + Subscriber.keyOf(address));
    }

    /** What a confirmation token says, checked against the subscriber's current address by the caller. */
    Optional<ConfirmToken> readConfirmToken(String token) {
        String[] parts = split(token, 3);
        if (parts == null || !isNumber(parts[0]) || !isNumber(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new ConfirmToken(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])), parts[2]));
    }

    /** A confirmation token's parts, checked with {@link MailLinks#signatureHolds} and {@link MailLinks#expired}. */
    record ConfirmToken(long subscriberId, Instant expires, String signature) {
    }

    boolean signatureHolds(ConfirmToken token, String address) {
        return matches(token.signature(), "confirm:" + token.subscriberId() + ":" + token.expires().getEpochSecond()
                + ":" + Subscriber.keyOf(address));
    }

    boolean expired(ConfirmToken token) {
        return !clock.instant().isBefore(token.expires());
    }

    private static String[] split(String token, int parts) {
        if (token == null || token.length() > 200) {
            return null;
        }
        String[] split = token.split("\\.", -1);
        return split.length == parts ? split : null;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit);
    }

    private boolean matches(String signature, String payload) {
        return signed.holds(signature, payload);
    }

    private String sign(String payload) {
        return signed.sign(payload);
    }
}
