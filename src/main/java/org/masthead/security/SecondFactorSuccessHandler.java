package org.masthead.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;

/**
 * Vaadin's success handler of the sign-in form (back to the page asked for), with the second
 * step in front: a sign-in that needs a code is held back instead ({@link SecondFactorStep}).
 */
class SecondFactorSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final SecondFactorStep step;

    SecondFactorSuccessHandler(SecondFactorStep step) {
        this.step = step;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signIn)
            throws ServletException, IOException {
        if (step.needsCode(signIn)) {
            step.holdBack(request, response, signIn);
        } else {
            super.onAuthenticationSuccess(request, response, signIn);
        }
    }

    /** The code was right: on to the page first asked for, as after a password alone. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication signIn)
            throws ServletException, IOException {
        super.onAuthenticationSuccess(request, response, signIn);
    }
}
