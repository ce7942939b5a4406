package org.masthead;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.PastedDocument;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
// Each feature's settings are a validated @ConfigurationProperties record beside the code that reads them.
@ConfigurationPropertiesScan
@Theme("masthead")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one Markdown pipeline: plain Java (org.masthead.markdown knows no Spring), shared by every feature. */
    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    /** Pasted HTML to Markdown, through the same allow-list. */
    @Bean
    PastedDocument pastedDocument() {
        return new PastedDocument();
    }

    /** Every service reads time from here, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
