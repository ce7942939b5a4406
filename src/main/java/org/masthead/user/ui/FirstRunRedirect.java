package org.masthead.user.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.masthead.security.ui.LoginView;
import org.masthead.user.FirstRun;
import org.springframework.stereotype.Component;

/**
 * While nobody is an administrator, nobody can sign in to make one: the sign-in screen hands
 * over to the first-run screen. The sign-in belongs to security, which knows no feature, so
 * the hand-over is wired from here.
 */
@Component
class FirstRunRedirect implements VaadinServiceInitListener {

    private final FirstRun firstRun;

    FirstRunRedirect(FirstRun firstRun) {
        this.firstRun = firstRun;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == LoginView.class && !firstRun.administratorExists()) {
                enter.forwardTo(FirstRunView.class);
            }
        }));
    }
}
