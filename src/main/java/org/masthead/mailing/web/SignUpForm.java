package org.masthead.mailing.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.masthead.mailing.Subscriber;

/**
 * The sign-up form: plain HTML that posts to /archive/subscribe, no script, so it works under the
 * public side's strict policy. The archive's index page carries it; the sign-up page shows it again
 * with what was typed and what is wrong with it.
 */
public final class SignUpForm {

    private SignUpForm() {
    }

    /** The empty form, as the archive's index shows it. */
    public static String html() {
        return html("", "", null, null);
    }

    /**
     * The form with what the reader typed, and a sentence on the field it belongs to.
     *
     * @param addressProblem the sentence for the address field, or null
     * @param nameProblem    the sentence for the name field, or null
     */
    static String html(String address, String name, String addressProblem, String nameProblem) {
        return "<section class=\"subscribe\" aria-labelledby=\"subscribe-heading\">"
                + "<h2 id=\"subscribe-heading\">Get each issue by email</h2>"
                + "<form class=\"subscribe\" action=\"/archive/subscribe\" method=\"post\">"
                + field("email", "email", "Email address", address, Subscriber.ADDRESS_MAX, "email", addressProblem, true)
                + field("name", "text", "Name (optional)", name, Subscriber.NAME_MAX, "name", nameProblem, false)
                + "<button type=\"submit\">Subscribe</button></form>"
                + "<p class=\"meta\">You get a mail with a link to confirm. Every issue has a link to leave in one click.</p>"
                + "</section>";
    }

    private static String field(String name, String type, String label, String value, int max, String autocomplete,
                                String problem, boolean required) {
        String id = "subscribe-" + name;
        StringBuilder html = new StringBuilder("<label for=\"").append(id).append("\">").append(label).append("</label> ");
        html.append("<input id=\"").append(id).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" maxlength=\"").append(max).append("\" autocomplete=\"").append(autocomplete).append('"')
                .append(" value=\"").append(htmlEscape(value == null ? "" : value)).append('"');
        if (required) {
            html.append(" required");
        }
        if (problem != null) {
            html.append(" aria-invalid=\"true\" aria-describedby=\"").append(id).append("-problem\">");
            html.append("<span class=\"problem\" id=\"").append(id).append("-problem\">").append(htmlEscape(problem)).append("</span>");
        } else {
            html.append('>');
        }
        return html.toString();
    }
}
