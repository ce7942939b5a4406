package org.masthead.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the desk does not know, or one whose parameter is no number ({@code /sections/abc}):
 * the router's {@link NotFoundException}, which Vaadin's own handler answers with its bare
 * "Could not navigate" page. Things that do not exist behind a valid address ({@code /sections/999999})
 * are the services' to say, in {@link RefusedView}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NoSuchPageView extends SentenceView implements HasErrorParameter<NotFoundException> {

    public NoSuchPageView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("not-found", "No such page",
                "There is no page at /" + event.getLocation().getPath() + ". The address may be mistyped, or what it named is gone.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
