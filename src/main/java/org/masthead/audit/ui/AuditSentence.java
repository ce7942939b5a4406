package org.masthead.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditLine;

/**
 * One line of the trail as a sentence: "Erin Editor approved <em>Topics of the Week</em> in
 * No. 2: Spring budget", the section linked to its editor and the issue to its board, and below
 * it the change of state in words ("From in review to approved.").
 */
class AuditSentence extends Div {

    private static final Pattern NAMED = Pattern.compile("\\{(section|issue|person)}");

    AuditSentence(AuditLine line) {
        addClassName("audit-line");
        AuditEvent event = line.event();
        Span sentence = new Span();
        sentence.addClassName("audit-sentence");
        sentence.add(new Text(line.actorName() + " "));
        Matcher named = NAMED.matcher(event.getAction().sentence());
        int from = 0;
        while (named.find()) {
            sentence.add(new Text(event.getAction().sentence().substring(from, named.start())));
            sentence.add(name(named.group(1), line));
            from = named.end();
        }
        sentence.add(new Text(event.getAction().sentence().substring(from) + "."));
        add(sentence);
        String change = change(event.getFromState(), event.getToState());
        if (!change.isEmpty()) {
            Div states = new Div(change);
            states.addClassName("audit-change");
            states.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(states);
        }
        getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
    }

    private static Component name(String what, AuditLine line) {
        AuditEvent event = line.event();
        return switch (what) {
            case "section" -> line.sectionHeading() == null ? new Text("a section")
                    : new Anchor("sections/" + event.getSectionId(), new Emphasis(line.sectionHeading()));
            case "issue" -> line.issue() == null ? new Text("an issue")
                    : new Anchor("issues/" + event.getIssueId(), line.issue().words());
            default -> new Text(line.personName() == null ? "someone" : line.personName());
        };
    }

    /** "From in review to approved.", "Now confirmed.", or nothing when no state changed. */
    static String change(String from, String to) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null) {
            return "Now " + words(to) + ".";
        }
        if (to == null) {
            return "Was " + words(from) + ".";
        }
        return "From " + words(from) + " to " + words(to) + ".";
    }

    /** "IN_REVIEW" reads "in review"; a set of roles "[EDITOR, WRITER]" reads "editor, writer". */
    static String words(String state) {
        String bare = state.startsWith("[") && state.endsWith("]") ? state.substring(1, state.length() - 1) : state;
        return bare.isBlank() ? "nothing" : bare.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

}
