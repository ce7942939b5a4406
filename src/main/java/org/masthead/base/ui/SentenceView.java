package org.masthead.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the error screens share: a heading, one sentence, and the way back to the desk. */
abstract class SentenceView extends VerticalLayout {

    protected void show(String id, String heading, String sentence) {
        removeAll();
        setId(id);
        add(new H2(heading), new Paragraph(sentence), new Anchor("", "Back to my desk"));
    }
}
