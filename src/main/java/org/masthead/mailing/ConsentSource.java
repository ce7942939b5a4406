package org.masthead.mailing;

/** How a subscriber came onto the list: what we would show if asked "why do you mail me?". */
public enum ConsentSource {
    SIGN_UP_FORM("Signed up on the archive"),
    IMPORT("Imported from a list"),
    STAFF("Added by staff");

    private final String label;

    ConsentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
