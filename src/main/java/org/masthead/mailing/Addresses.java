package org.masthead.mailing;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/**
 * The one check of a subscriber's address and name, used by the staff's form, the CSV import and
 * the public sign-up form alike. An address goes into the To header of every mail, so anything a
 * header could be bent with (line breaks, control characters, a display name, a second address) is
 * refused here, once, with a sentence.
 */
public final class Addresses {

    private static final String NOT_AN_ADDRESS = "That does not look like an email address (it should look like reader@example.org).";

    private Addresses() {
    }

    /** The address as it is stored and mailed: without the spaces around it. */
    public static String clean(String address) {
        return address == null ? "" : address.strip();
    }

    /** The name as it is stored: without the spaces around it; none when blank. */
    public static String cleanName(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** Empty when the address can be stored and mailed, else why not. */
    public static Optional<String> problemWithAddress(String address) {
        String a = clean(address);
        if (a.isEmpty()) {
            return Optional.of("Give an email address.");
        }
        if (hasControlCharacter(a)) {
            return Optional.of("An email address is one line of plain characters; this one has a line break or a control character in it.");
        }
        if (a.length() > Subscriber.ADDRESS_MAX) {
            return Optional.of("An email address has at most " + Subscriber.ADDRESS_MAX + " characters; this one has " + a.length() + ".");
        }
        long ats = a.chars().filter(c -> c == '@').count();
        if (ats == 0) {
            return Optional.of(NOT_AN_ADDRESS);
        }
        if (ats > 1) {
            return Optional.of("An email address has exactly one @, like reader@example.org.");
        }
        if (a.contains("<") || a.contains(">") || a.contains(",") || a.contains(";") || a.contains("\"")
                || a.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("Give the address alone, like reader@example.org, without a name, spaces or a second address.");
        }
        try {
            InternetAddress parsed = new InternetAddress(a, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !a.equals(parsed.getAddress()) || !a.substring(a.indexOf('@') + 1).contains(".")) {
                return Optional.of(NOT_AN_ADDRESS);
            }
        } catch (AddressException e) {
            return Optional.of(NOT_AN_ADDRESS);
        }
        return Optional.empty();
    }

    /** Empty when the name (optional) can be stored, else why not. */
    public static Optional<String> problemWithName(String name) {
        String n = cleanName(name);
        if (n == null) {
            return Optional.empty();
        }
        if (hasControlCharacter(n)) {
            return Optional.of("A name is one line of plain characters; this one has a line break or a control character in it.");
        }
        if (n.length() > Subscriber.NAME_MAX) {
            return Optional.of("A name has at most " + Subscriber.NAME_MAX + " characters; this one has " + n.length() + ".");
        }
        return Optional.empty();
    }


    /** C0 (line breaks and tabs included), DEL, C1, and the Unicode line and paragraph separators. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029);
    }
}
