package org.masthead.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * The buffers each push connection holds for as long as a desk screen is open, sized to what
 * travels on it. Push runs over a websocket from server to browser only ({@code @Push}'s
 * WEBSOCKET_XHR: the browser's own messages go by XHR), so what arrives on it is a few bytes of
 * Atmosphere's protocol, and what leaves is sent in frames of any size the buffer allows (the
 * browser joins them into one message).
 *
 * <p>Vaadin asks Atmosphere for 16 KB message buffers unless the servlet says otherwise, and
 * Tomcat gives every websocket a text buffer of that many chars (32 KB), a binary one (16 KB),
 * and 8 KB for reading frames, 8 KB for writing them and 8,192 chars (16 KB) for encoding text:
 * 80 KB per signed-in person with a screen open (bench/sessions.sh measured it). Here: the message
 * buffers as the servlet's init parameters (Vaadin lets them override its own), the frame buffers
 * as Tomcat's system property, read once when its websocket classes load, before Tomcat starts.
 */
@Component
class PushBuffers implements BeanPostProcessor, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private final int messageBuffer;
    private final int frameBuffer;

    PushBuffers(PushSettings settings) {
        this.messageBuffer = settings.messageBuffer();
        this.frameBuffer = settings.frameBuffer();
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            String size = Integer.toString(messageBuffer);
            registration.addInitParameter("org.atmosphere.websocket.bufferSize", size);
            registration.addInitParameter("org.atmosphere.websocket.maxTextMessageSize", size);
            registration.addInitParameter("org.atmosphere.websocket.maxBinaryMessageSize", size);
        }
        return bean;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (System.getProperty(FRAME_BUFFER) == null) {
            System.setProperty(FRAME_BUFFER, Integer.toString(frameBuffer));
        }
    }
}
