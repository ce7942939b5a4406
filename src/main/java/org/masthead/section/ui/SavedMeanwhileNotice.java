package org.masthead.section.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.masthead.section.Section;

/**
 * "Erin saved a different version while you were typing": the typed text stays in the box, and
 * the next save shows both versions side by side (the conflict dialog).
 */
class SavedMeanwhileNotice extends Paragraph {

    SavedMeanwhileNotice() {
        setId("saved-meanwhile");
        addClassName("notice");
        setVisible(false);
    }

    void show(boolean savedMeanwhile, Section section, String me) {
        setVisible(savedMeanwhile);
        String by = me.equals(section.getLastChangedBy()) ? "You (in another window)" : section.getLastChangedBy();
        setText(savedMeanwhile ? by + " saved a different version while you were typing. "
                + "Your text stays here; when you save, you will see both versions side by side." : "");
    }
}
