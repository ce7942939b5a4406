package org.masthead;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.base.WorkflowException;
import org.masthead.publishing.ui.ReleaseView;
import org.masthead.review.ui.ReviewView;
import org.masthead.section.SectionState;
import org.masthead.section.ui.SectionEditorView;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One section's whole life, driven through the screens a person would use: written, returned
 * with a note, revised, approved, released, and read by an anonymous visitor in the archive.
 */
@AutoConfigureMockMvc
class WholePathTest extends KaribuTest {

    private static final String FIRST_DRAFT = "The ministry **denied** everything.";
    private static final String REVISION = "The Ministry of Defence **denied** everything on Tuesday.";

    @Autowired
    private MockMvc mvc;

    @Test
    void a_section_goes_from_the_writers_editor_through_review_and_release_to_the_public_archive() throws Exception {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        long topics = ids.get(0);
        desk.assign(topics, "wendy");
        ids.subList(1, ids.size()).forEach(id -> desk.bringTo(id, "walter", SectionState.APPROVED));
        int number = desk.section(topics).getIssue().getNumber();

        // The writer drafts, watches the preview, saves and submits.
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, topics);
        _setValue(body(), FIRST_DRAFT);
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("preview")))).contains("<strong>denied</strong>");
        _click(button("save"));
        assertThat(desk.section(topics).getBody()).isEqualTo(FIRST_DRAFT);
        _click(button("submit"));
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.IN_REVIEW);

        // The editor cannot return it without saying why, then returns it with a note.
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, topics);
        assertThatThrownBy(() -> _click(button("return")))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("a note is required to return a section");
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.IN_REVIEW);
        _setValue(_get(TextArea.class, spec -> spec.withId("note")), "Which ministry? Name it, and the day.");
        _click(button("return"));
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.RETURNED);

        // The writer reads the note, revises and resubmits.
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(SectionEditorView.class, topics);
        assertThat(textOf(_get(Div.class, spec -> spec.withId("notes"))))
                .contains("Erin Editor returned it").contains("Which ministry? Name it, and the day.");
        assertThat(body().getValue()).isEqualTo(FIRST_DRAFT);
        _setValue(body(), REVISION);
        _click(button("submit"));
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.IN_REVIEW);
        assertThat(desk.section(topics).getBody()).isEqualTo(REVISION);

        // Before the last approval the publisher cannot release.
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(button("release").isVisible()).isTrue();
        assertThat(button("release").isEnabled()).isFalse();

        // The editor approves the last section.
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(ReviewView.class, topics);
        _click(button("approve"));
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.APPROVED);

        // Now the publisher can, and does.
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(button("release").isEnabled()).isTrue();
        _click(button("release"));
        confirm();
        assertThat(_get(Anchor.class, spec -> spec.withId("permalink")).getHref()).isEqualTo("/archive/" + number);

        // An anonymous visitor reads the edition at its permalink, without getting a session.
        SecurityContextHolder.clearContext();
        MvcResult edition = mvc.perform(get("/archive/" + number))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn();
        assertThat(edition.getRequest().getSession(false)).isNull();
        String page = edition.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The Ministry of Defence <strong>denied</strong> everything on Tuesday.")
                .doesNotContain("The ministry <strong>denied</strong> everything.")
                .contains("<h2>Topics of the Week</h2>", "<h2>Good Old Soviet Joke</h2>", "<h2>Policy &amp; Research News</h2>");

        String etag = edition.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get("/archive/" + number).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    @Test
    void an_edition_released_through_the_release_screen_is_revalidated_by_its_etag() throws Exception {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        _click(button("release"));
        confirm();
        String permalink = _get(Anchor.class, spec -> spec.withId("permalink")).getHref();
        SecurityContextHolder.clearContext();

        MvcResult first = mvc.perform(get(permalink)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get(permalink).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        mvc.perform(get(permalink).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk());
    }

    @Test
    void an_unreleased_issue_is_not_in_the_public_archive() throws Exception {
        long issueId = desk.readyIssue();
        int number = desk.section(desk.sectionIds(issueId).get(0)).getIssue().getNumber();
        SecurityContextHolder.clearContext();

        mvc.perform(get("/archive/" + number))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("body"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
