package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.security.Role;

/**
 * The error pages in production mode, where Vaadin's router and access control take other paths
 * than in development (no reasons shown, no route lists): the same pages answer. Vaadin reads
 * {@code vaadin.productionMode} when the mocked servlet starts; no frontend bundle is involved.
 */
class ErrorPagesInProductionModeTest extends KaribuTest {

    private static final String PRODUCTION_MODE = "vaadin.productionMode";

    @Override
    @BeforeEach
    protected void setUpVaadin() {
        System.setProperty(PRODUCTION_MODE, "true");
        super.setUpVaadin();
    }

    @AfterEach
    void backToDevelopmentMode() {
        System.clearProperty(PRODUCTION_MODE);
    }

    @Test
    void a_writer_typing_the_users_address_is_told_it_is_not_for_their_role() {
        assertThat(VaadinSession.getCurrent().getConfiguration().isProductionMode()).as("production mode").isTrue();
        login("wendy", Role.WRITER);

        int status = typeAddress("users");

        assertThat(status).isEqualTo(403);
        assertErrorPage("forbidden", "Your role does not allow you to open this page.");
    }

    @Test
    void a_writer_typing_an_unknown_address_is_told_there_is_no_such_page() {
        assertThat(VaadinSession.getCurrent().getConfiguration().isProductionMode()).as("production mode").isTrue();
        login("wendy", Role.WRITER);

        int status = typeAddress("nonsense");

        assertThat(status).isEqualTo(404);
        assertErrorPage("not-found", "There is no page at /nonsense. The address may be mistyped, or what it named is gone.");
    }
}
