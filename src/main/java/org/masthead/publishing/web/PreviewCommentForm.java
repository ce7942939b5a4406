package org.masthead.publishing.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Map;
import org.masthead.publishing.PreviewReading.Field;
import org.masthead.publishing.PreviewReading.Page;
import org.masthead.section.NoteLength;
import org.masthead.section.ReviewNote;

/**
 * The outside reader's comment form under the previewed issue: plain HTML that posts back to the
 * link's own address, no script (the public side's policy allows none). The signed address is the
 * form's only proof, as the public chain keeps no session to hold a CSRF token: a page elsewhere
 * cannot post a comment without the link itself.
 */
final class PreviewCommentForm {

    /** What the reader typed, shown again with the sentences of what is wrong. */
    record Typed(String name, String section, String comment) {
        static final Typed NOTHING = new Typed("", "", "");
    }

    private PreviewCommentForm() {
    }

    static String html(String action, Page page, Typed typed, Map<Field, String> problems, boolean sent) {
        StringBuilder html = new StringBuilder("<section class=\"preview-comment\" id=\"comment\" aria-labelledby=\"comment-heading\">")
                .append("<h2 id=\"comment-heading\">Comment on this issue</h2>");
        if (sent) {
            html.append("<p class=\"sent\" role=\"status\">Thank you: your comment reached the desk, as a note on the section "
                    + "you chose. You can send another.</p>");
        }
        html.append("<p class=\"meta\">Your comment goes to the editors and the section's writer as a note, with your name. "
                + "Up to ").append(NoteLength.MAX).append(" characters.</p>");
        html.append("<form class=\"comment\" action=\"").append(htmlEscape(action)).append("\" method=\"post\">");
        html.append(label("name", "Your name")).append("<input id=\"comment-name\" name=\"name\" type=\"text\" maxlength=\"")
                .append(ReviewNote.OUTSIDE_NAME_MAX).append("\" autocomplete=\"name\" required value=\"")
                .append(htmlEscape(typed.name())).append('"').append(invalid("name", problems.get(Field.NAME))).append('>')
                .append(problem("name", problems.get(Field.NAME)));
        html.append(label("section", "The section it is about")).append("<select id=\"comment-section\" name=\"section\" required")
                .append(invalid("section", problems.get(Field.SECTION))).append("><option value=\"\">Choose a section</option>");
        page.sections().forEach(choice -> {
            String value = Long.toString(choice.sectionId());
            html.append("<option value=\"").append(value).append('"').append(value.equals(typed.section()) ? " selected" : "")
                    .append('>').append(htmlEscape(choice.heading())).append("</option>");
        });
        html.append("</select>").append(problem("section", problems.get(Field.SECTION)));
        html.append(label("text", "Your comment")).append("<textarea id=\"comment-text\" name=\"comment\" rows=\"6\" maxlength=\"")
                .append(NoteLength.MAX).append("\" required").append(invalid("text", problems.get(Field.COMMENT))).append('>')
                .append(htmlEscape(typed.comment())).append("</textarea>").append(problem("text", problems.get(Field.COMMENT)));
        return html.append("<button type=\"submit\">Send comment</button></form></section>").toString();
    }

    private static String label(String id, String text) {
        return "<label for=\"comment-" + id + "\">" + text + "</label>";
    }

    private static String invalid(String id, String problem) {
        return problem == null ? "" : " aria-invalid=\"true\" aria-describedby=\"comment-" + id + "-problem\"";
    }

    private static String problem(String id, String problem) {
        return problem == null ? "" : "<span class=\"problem\" id=\"comment-" + id + "-problem\">" + htmlEscape(problem) + "</span>";
    }
}
