package org.masthead.section.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.masthead.section.Autosave;
import org.masthead.section.Autosaves;
import org.masthead.section.EditConflictException;
import org.masthead.section.Section;
import org.masthead.section.SectionService;

/**
 * The Markdown box against the saved section: which saved text the typing started from, saving
 * against it, and the choice when someone else saved in between. The box gets a text from the
 * server only here, and only when nothing typed is lost by it: on opening, when the person
 * chooses a saved text, after their own save, or when nothing was typed since the last load.
 */
class BodySaving {

    private final SectionService sections;
    private final Autosaves autosaves;
    private final TextArea body;
    private final Runnable saveAgain;
    private final Runnable afterChoice;
    private long sectionId;
    /** The saved version and text the box started from: a save against an older one is a conflict. */
    private long baseVersion;
    private String baseBody = "";

    /**
     * @param saveAgain   what "Keep mine" does once the box starts from the newest saved text: save
     * @param afterChoice what follows choosing another text in the conflict dialog: refresh the screen
     */
    BodySaving(SectionService sections, Autosaves autosaves, TextArea body, Runnable saveAgain, Runnable afterChoice) {
        this.sections = sections;
        this.autosaves = autosaves;
        this.body = body;
        this.saveAgain = saveAgain;
        this.afterChoice = afterChoice;
    }

    /** Puts the saved text in the box: when the screen opens. */
    void load(Section saved) {
        startFrom(saved);
        body.setValue(saved.getBody());
    }

    /**
     * Keeps the typed text on the server, so a crash, a lost session or leaving loses nothing.
     *
     * @return whether there was unsaved text to keep
     */
    boolean keepTyping() {
        if (sectionId != 0 && unsaved() && sections.mayEditNow(sectionId)
                && body.getValue().length() <= 2 * Section.BODY_MAX) {
            autosaves.keep(sectionId, body.getValue());
            return true;
        }
        return false;
    }

    /** The person's kept text to offer back: only when it differs from the box, which holds what is being typed. */
    Optional<Autosave> autosaveToOffer() {
        return body.isReadOnly() ? Optional.empty()
                : autosaves.pending(sectionId).filter(kept -> !kept.getBody().equals(body.getValue()));
    }

    /** Whether the box holds text that is not saved. */
    boolean unsaved() {
        return !body.getValue().equals(baseBody);
    }

    /**
     * Takes in a fresh look at the section. When its saved text is the one the box started from,
     * or nothing was typed since, the box follows it. Otherwise the typed text stays and the base
     * too, so the next save shows both versions.
     *
     * @return whether someone else saved a different text while this person was typing
     */
    boolean savedMeanwhile(Section now) {
        if (now.getBody().equals(baseBody)) {
            baseVersion = now.getVersion();   // a state change moves the version, not the text
            return false;
        }
        if (!unsaved()) {
            load(now);
            return false;
        }
        return true;
    }

    /**
     * Saves what is typed. When someone else saved in between, nothing is overwritten: both
     * versions are shown side by side, and the person chooses or merges.
     *
     * @return whether the text in the box is now the saved text
     */
    boolean save() {
        String mine = body.getValue();
        try {
            Section saved = sections.saveBody(sectionId, mine, baseVersion);
            // The saved text is the typed one, cleaned of invisible characters: show exactly what is kept.
            load(saved);
            return true;
        } catch (EditConflictException conflict) {
            autosaves.keep(sectionId, mine);
            new ConflictDialog(conflict, mine, keep -> {
                choose(conflict, keep);
                saveAgain.run();
            }, start -> {
                choose(conflict, start);
                afterChoice.run();
            }).open();
            return false;
        }
    }

    /**
     * Starts the box from the chosen text, on top of the version the dialog showed. If yet another
     * save came in meanwhile, the base stays older, so the next save shows that one as well.
     */
    private void choose(EditConflictException conflict, String text) {
        Section now = sections.require(sectionId);
        if (now.getBody().equals(conflict.getSavedBody())) {
            startFrom(now);
        }
        body.setValue(text);
    }

    private void startFrom(Section saved) {
        sectionId = saved.getId();
        baseVersion = saved.getVersion();
        baseBody = saved.getBody();
    }
}
