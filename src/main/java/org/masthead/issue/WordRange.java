package org.masthead.issue;

import java.util.Optional;

/**
 * The soft length a template slot asks of its section, in words: the writer is warned outside
 * it, never stopped (a short week may need a short main topic). Either end may be open.
 */
public record WordRange(Integer min, Integer max) {

    public static final WordRange ANY = new WordRange(null, null);

    public WordRange {
        if ((min != null && min < 0) || (max != null && max < 0) || (min != null && max != null && min > max)) {
            throw new IllegalArgumentException("A word range runs from a smaller number to a larger one: " + min + "–" + max);
        }
    }

    public static WordRange between(int min, int max) {
        return new WordRange(min, max);
    }

    public boolean isSet() {
        return min != null || max != null;
    }

    public boolean contains(int words) {
        return (min == null || words >= min) && (max == null || words <= max);
    }

    /** How the guidance reads: "80–150 words", "at least 80 words", "at most 150 words"; empty when open. */
    public String label() {
        if (min != null && max != null) {
            return min + "–" + max + " words";
        }
        if (min != null) {
            return "at least " + min + " words";
        }
        return max != null ? "at most " + max + " words" : "";
    }

    /** A sentence for a text of this many words outside the range; empty inside it. */
    public Optional<String> adviceFor(int words) {
        if (contains(words)) {
            return Optional.empty();
        }
        String direction = min != null && words < min ? "shorter" : "longer";
        return Optional.of("This section has " + words + (words == 1 ? " word" : " words") + ", " + direction
                + " than its guidance of " + label() + ". That is fine if the week calls for it.");
    }
}
