package org.masthead.publishing;

/**
 * Section bodies of an exact length written as a briefing is: stories with subheadings, links,
 * emphasis, lists and quotes, in paragraphs of a few hundred characters, ending with a closing
 * paragraph that names its section. Not one repeated character: the checks must pass on them.
 */
final class FullSizeBodies {

    private FullSizeBodies() {
    }

    /** The paragraph each body ends with: the last thing readers of that section see. */
    static String closingParagraph(int section) {
        return "Closing note of section " + section + ": nothing of this section was left out of the edition.";
    }

    static String body(int section, int length) {
        String closing = closingParagraph(section);
        StringBuilder body = new StringBuilder(length);
        for (int story = 1; ; story++) {
            String next = story(section, story);
            if (body.length() + next.length() + 400 + closing.length() > length) {
                break;
            }
            body.append(next);
        }
        int fill = length - body.length() - 2 - closing.length();
        String words = "Further reporting from the region adds detail to the story as the week went on. ";
        String filler = words.repeat(fill / words.length() + 1).substring(0, fill - 1).stripTrailing();
        body.append(filler).append(".".repeat(fill - filler.length())).append("\n\n").append(closing);
        if (body.length() != length) {
            throw new IllegalStateException("Built " + body.length() + " characters instead of " + length);
        }
        return body.toString();
    }

    private static String story(int section, int story) {
        return "### Story " + section + "." + story + " of the week\n\n"
                + "Ministers met on **Tuesday** in the capital and agreed on *three* points, as reported by "
                + "[the wire service](https://example.org/wire/" + section + "/" + story + "). Officials said "
                + "the talks would continue next month, and observers expect a joint statement before the summit "
                + "in the spring.\n\n"
                + "- The first point concerns the budget of item " + story + ".\n"
                + "- The second point concerns the border crossings.\n"
                + "- The third point concerns the freedom of the press.\n\n"
                + "> A spokesperson for the ministry said the government would follow the matter closely.\n\n";
    }
}
