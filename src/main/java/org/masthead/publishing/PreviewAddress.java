package org.masthead.publishing;

import java.time.Instant;
import java.util.Optional;
import org.masthead.base.PublicAddress;
import org.masthead.base.SignedLinks;
import org.springframework.stereotype.Component;

/**
 * The address of a preview link: {@code /archive/preview/<token>.<expiry>.<signature>}, the
 * signature base's {@link SignedLinks} makes over the token and the expiry. An address whose
 * signature does not hold (cut short, changed, made up) names no link at all.
 */
@Component
class PreviewAddress {

    static final String PATH = "/archive/preview/";

    private final SignedLinks signed;
    private final PublicAddress publicAddress;

    PreviewAddress(SignedLinks signed, PublicAddress publicAddress) {
        this.signed = signed;
        this.publicAddress = publicAddress;
    }

    /** The path of the link's page, signed. */
    String pathOf(PreviewLink link) {
        String expires = Long.toString(link.getExpiresAt().getEpochSecond());
        return PATH + link.getToken() + "." + expires + "." + signed.sign(payload(link.getToken(), expires));
    }

    /** The whole address, to send to the reader. */
    String urlOf(PreviewLink link) {
        return publicAddress.of(pathOf(link));
    }

    /** The link's token and expiry, when the signature over them holds. */
    Optional<Signed> read(String address) {
        if (address == null || address.length() > 120) {
            return Optional.empty();
        }
        String[] parts = address.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[1].length() > 12
                || !parts[1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (!signed.holds(parts[2], payload(parts[0], parts[1]))) {
            return Optional.empty();
        }
        return Optional.of(new Signed(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1]))));
    }

    record Signed(String token, Instant expires) {
    }

    private static String payload(String token, String expires) {
        return "preview:" + token + ":" + expires;
    }
}
