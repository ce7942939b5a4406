package org.masthead.publishing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.masthead.Application;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.publishing.Edition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The app for the public pages benchmark (bench/public-pages.sh), not a test: the test profile on
 * an H2 file database, three released issues (the first one corrected), the public side's cache
 * rechecked once a second as in production; further arguments are settings to try. Prints "PORT n" when it answers, then runs until killed.
 */
public final class PublicPagesServer {

    private PublicPagesServer() {
    }

    public static void main(String[] args) throws Exception {
        String database = args[0];
        List<String> settings = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
                "--masthead.archive.recheck-after=1s", "--logging.level.root=error", "--logging.level.org.masthead=warn"));
        // Any further argument is a setting to try (--server.tomcat.max-keep-alive-requests=1000, say).
        settings.addAll(Arrays.asList(args).subList(1, args.length));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run(settings.toArray(String[]::new));
        ServiceTest.useSecurityOf(app.getBean(SecurityContextHolderStrategy.class));
        app.getBean(Desk.class).reset();
        PublicFixture fixture = app.getBean(PublicFixture.class);
        Edition first = fixture.released();
        fixture.released();
        fixture.released();
        fixture.corrected(first, "A corrected paragraph, as a correction would say it.", "A figure was wrong.");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        System.out.println("ISSUE " + first.getIssueNumber());
        System.out.println("PORT " + port);
        Thread.currentThread().join();
    }
}
