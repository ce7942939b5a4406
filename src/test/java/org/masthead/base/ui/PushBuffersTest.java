package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Each open desk screen keeps a push websocket for as long as it is open; its buffers are sized to
 * what travels on it (server to browser only), not to Vaadin's and Tomcat's general defaults.
 */
class PushBuffersTest extends ServiceTest {

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void the_push_connection_asks_atmosphere_for_message_buffers_of_one_kilobyte_instead_of_sixteen() {
        ServletRegistrationBean<?> vaadin = servlets.stream().filter(s -> s.getServlet() instanceof SpringServlet)
                .findFirst().orElseThrow();

        assertThat(vaadin.getInitParameters())
                .containsEntry("org.atmosphere.websocket.maxTextMessageSize", "1024")
                .containsEntry("org.atmosphere.websocket.maxBinaryMessageSize", "1024")
                .containsEntry("org.atmosphere.websocket.bufferSize", "1024");
    }
}
