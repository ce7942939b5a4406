package org.masthead.base;

import java.util.Locale;

/** How the desk writes a count in a sentence: "4,059", "1,000,000" (English separators). */
public final class Counting {

    private Counting() {
    }

    public static String thousands(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
