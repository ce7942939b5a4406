package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.function.LongSupplier;
import org.masthead.base.ui.Toast;
import org.masthead.base.ui.UnsavedText;
import org.masthead.section.NoteLength;
import org.masthead.section.ReviewNotes;

/** The writer's answer to the editors' notes, sent into the section's thread. */
class AnswerBox extends VerticalLayout {

    private final TextArea answer = new TextArea("Answer the editor");
    private final Button send = new Button("Send answer");

    AnswerBox(ReviewNotes notes, LongSupplier sectionId, Runnable afterSending) {
        setPadding(false);
        setSpacing(false);
        answer.setId("answer");
        answer.setMaxLength(NoteLength.MAX);
        answer.setWidthFull();
        send.setId("send-answer");
        send.addClickListener(e -> {
            notes.answer(sectionId.getAsLong(), answer.getValue());
            answer.clear();
            Toast.show("Answer sent to the editors.");
            afterSending.run();
        });
        add(answer, send);
    }

    /** Shown only to whom the workflow lets answer now. */
    void allow(boolean may) {
        answer.setVisible(may);
        send.setVisible(may);
        setVisible(may);
    }

    /** Asks before leaving with a typed answer that was not sent. */
    void askBeforeLeaving(BeforeLeaveEvent event) {
        UnsavedText.askBeforeLeaving(event, answer.isVisible() && !answer.getValue().isBlank(), "answer to the editors");
    }
}
