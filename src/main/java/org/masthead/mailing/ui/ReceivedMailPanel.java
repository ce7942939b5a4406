package org.masthead.mailing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.masthead.mailing.ReceivedMail;

/**
 * One received mail as its reader would see it: the headers that matter (who, what, and the
 * one-click unsubscribe of RFC 8058), the HTML part, the plain-text part. The HTML is the mail's,
 * not ours: it is shown in a sandboxed frame without scripts, so nothing in it runs on the desk.
 */
class ReceivedMailPanel extends VerticalLayout {

    ReceivedMailPanel() {
        setId("mail");
        setPadding(false);
        setVisible(false);
    }

    void show(ReceivedMail mail) {
        removeAll();
        setVisible(mail != null);
        if (mail == null) {
            return;
        }
        add(new H3(mail.subject() == null ? "(no subject)" : mail.subject()));
        add(header("From", mail.from()), header("To", mail.to()), header("Subject", mail.subject()),
                header("List-Unsubscribe", mail.listUnsubscribe()), header("List-Unsubscribe-Post", mail.listUnsubscribePost()));
        if (mail.html() != null) {
            IFrame html = new IFrame();
            html.setId("mail-html");
            html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);   // sandbox="": no scripts, forms, popups or navigation
            html.setSrcdoc(mail.html());
            html.getElement().setAttribute("title", "The mail's HTML part");
            html.setWidthFull();
            html.setHeight("32em");
            add(new H3("HTML part"), html);
        } else {
            add(missing("mail-html-missing", "This mail has no HTML part."));
        }
        if (mail.text() != null) {
            Pre text = new Pre(mail.text());
            text.setId("mail-text");
            text.getStyle().set("white-space", "pre-wrap");
            add(new H3("Plain-text part"), text);
        } else {
            add(missing("mail-text-missing", "This mail has no plain-text part."));
        }
    }

    private static Div header(String name, String value) {
        Span label = new Span(name + ": ");
        label.getStyle().set("font-weight", "bold");
        Span shown = new Span(value == null ? "(none)" : value);
        shown.setId("mail-" + name.toLowerCase(Locale.ROOT));
        return new Div(label, shown);
    }

    private static Paragraph missing(String id, String sentence) {
        Paragraph paragraph = new Paragraph(sentence);
        paragraph.setId(id);
        return paragraph;
    }
}
