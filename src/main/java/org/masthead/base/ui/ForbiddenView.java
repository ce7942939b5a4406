package org.masthead.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** A service refused to show something to this role while a screen was opening. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ForbiddenView extends SentenceView implements HasErrorParameter<AccessDeniedException> {

    public ForbiddenView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        showNotForYourRole();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
