package org.masthead.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A service refused to show something to this role while a screen was opening. */
@AnonymousAllowed
public class ForbiddenView extends SentenceView implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("forbidden", "Not for your role", "Your role does not allow you to see this.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
