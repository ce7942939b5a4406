package org.masthead.mailing;

import java.util.List;
import org.masthead.base.Counting;

/**
 * What importing a file does, line by line, worked out before anything is stored; importing the
 * same file then does exactly this (and says so with the same record).
 *
 * @param fileName     as the person's computer named it
 * @param toAdd        new subscribers, confirmed by the import
 * @param alreadyThere lines whose address is on the list already (pending or confirmed): left as they are
 * @param suppressed   lines whose address left the list (unsubscribed, bounced, complained): they stay off it
 * @param refused      lines that cannot be imported, each with its number and why
 */
public record ImportPreview(String fileName, List<NewSubscriber> toAdd, int alreadyThere, List<Line> suppressed,
                            List<Line> refused) {

    /** A line that will become a subscriber. */
    public record NewSubscriber(long line, String address, String name) {
    }

    /** A line that will not, and why, in a sentence. */
    public record Line(long line, String text, String reason) {
    }

    public ImportPreview {
        toAdd = List.copyOf(toAdd);
        suppressed = List.copyOf(suppressed);
        refused = List.copyOf(refused);
    }

    public int newCount() {
        return toAdd.size();
    }

    /** The whole preview in one sentence: "3 new subscribers; 1 already on the list; ..." */
    public String summary() {
        StringBuilder s = new StringBuilder(count(toAdd.size(), "new subscriber", "new subscribers"));
        s.append("; ").append(count(alreadyThere, "address already on the list", "addresses already on the list"));
        s.append("; ").append(count(suppressed.size(), "address that left the list and stays off it",
                "addresses that left the list and stay off it"));
        s.append("; ").append(count(refused.size(), "line that cannot be imported", "lines that cannot be imported"));
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append('.').toString();
    }

    private static String count(long n, String one, String many) {
        return (n == 0 ? "no" : Counting.thousands(n)) + " " + (n == 1 ? one : many);
    }
}
