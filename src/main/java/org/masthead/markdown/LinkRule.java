package org.masthead.markdown;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which link targets readers get: the one rule the submit checks, the release checks and the
 * sanitiser's allow-list all ask, so a link that may be submitted is a link that is released
 * and kept in the edition.
 *
 * <p>Usable: {@code http(s)://} with a host name (international names such as bücher.de too,
 * checked in their ASCII form via {@link IDN}; underscores, which real hosts use, too), an IPv4
 * or IPv6 address, an optional port, and a path, query and fragment without spaces or
 * characters a browser would have to guess about; {@code mailto:} with one address; and
 * {@code #anchor} within the page. Refused: every other scheme (javascript:, data:, ftp:…),
 * relative addresses, credentials in the address (a phishing trick: https://bank@evil.example).
 */
public final class LinkRule {

    /** Characters a path, query or fragment may not hold as they are: whitespace, and what HTML and URLs leave undefined. */
    private static final String UNSAFE = "\"<>\\^`{}";
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    private static final Pattern PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private LinkRule() {
    }

    /** Whether a link to this target reaches readers: a web or mail address, or a place in the page. */
    public static boolean isUsableLink(String target) {
        if (target == null || target.isEmpty() || !safe(target)) {
            return false;
        }
        if (target.startsWith("#")) {
            return target.length() > 1;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return isWebAddress(target.substring(target.indexOf("//") + 2));
        }
        if (lower.startsWith("mailto:")) {
            return isMailAddress(target.substring("mailto:".length()));
        }
        return false;
    }

    /** Whether an image at this address is shown: only over https, by the same rule as links. */
    public static boolean isUsableImage(String source) {
        return source != null && source.toLowerCase(Locale.ROOT).startsWith("https://") && isUsableLink(source);
    }

    /** After "scheme://": a host, an optional port, then a path, query and fragment. */
    private static boolean isWebAddress(String rest) {
        int end = indexOfAny(rest, "/?#");
        String authority = rest.substring(0, end);
        if (authority.contains("@")) {
            return false;
        }
        String host = authority;
        int portAt = authority.startsWith("[") ? authority.indexOf(':', Math.max(authority.indexOf(']'), 0))
                : authority.lastIndexOf(':');
        if (portAt >= 0) {
            if (!isPort(authority.substring(portAt + 1))) {
                return false;
            }
            host = authority.substring(0, portAt);
        }
        return isHost(host) && !PERCENT.matcher(rest.substring(end)).find();
    }

    private static boolean isMailAddress(String address) {
        int query = address.indexOf('?');
        String mailbox = query < 0 ? address : address.substring(0, query);
        int at = mailbox.indexOf('@');
        if (at < 1 || at != mailbox.lastIndexOf('@') || indexOfAny(mailbox, ",;/#") < mailbox.length()) {
            return false;
        }
        return at <= 64 && isHostName(mailbox.substring(at + 1)) && !PERCENT.matcher(address).find();
    }

    private static boolean isPort(String digits) {
        return PORT.matcher(digits).matches() && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 65_535;
    }

    private static boolean isHost(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return isIpv6(host);
        }
        var ipv4 = IPV4.matcher(host);
        if (ipv4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ipv4.group(i)) > 255) {
                    return false;
                }
            }
            return true;
        }
        return isHostName(host);
    }

    /** java.net.URI knows IPv6 literals; nothing is looked up. */
    private static boolean isIpv6(String bracketed) {
        try {
            return new URI("http://" + bracketed + "/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A name with at least two labels whose last one is not a number. International names are
     * checked in their ASCII (punycode) form; underscores are allowed, as in real host names.
     */
    private static boolean isHostName(String name) {
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** No whitespace, control or invisible formatting characters, nothing from {@link #UNSAFE}. */
    private static boolean safe(String target) {
        return target.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.UNASSIGNED || UNSAFE.indexOf(c) >= 0);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
