package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Nothing acknowledged is lost when the server dies: the app runs in a JVM of its own on an H2
 * file with the production settings, saves a section again and again, and is killed (as
 * kill -9 would, no shutdown hooks). Started again on the same file, it holds every save it
 * had acknowledged.
 */
class CrashIT {

    private static final int SAVES_BEFORE_THE_KILL = 200;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void every_acknowledged_save_survives_a_killed_server() throws Exception {
        String url = productionDatabaseUrl(folder.resolve("masthead"));
        Process node = new ProcessBuilder(javaCommand(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SavingNode.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long sectionId;
        int acknowledged;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            Instant giveUp = Instant.now().plus(PATIENCE);
            sectionId = Long.parseLong(lineStartingWith(out, "SECTION ", giveUp));
            int seen = 0;
            while (seen < SAVES_BEFORE_THE_KILL) {
                seen = Integer.parseInt(lineStartingWith(out, "ACK ", giveUp));
            }
            // SIGKILL through the process handle: Process.destroyForcibly would also close our end of the pipe.
            node.toHandle().destroyForcibly();
            node.waitFor();
            // Lines already printed were acknowledged too, even if this test had not read them yet.
            acknowledged = Math.max(seen, lastAcknowledged(out));
        } finally {
            node.destroyForcibly();
        }
        assertThat(acknowledged).as("the node was killed mid-work").isLessThan(SavingNode.MOST_SAVES);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .profiles("test").run("--server.port=0", "--spring.datasource.url=" + url)) {
            ServiceTest.useSecurityOf(restarted.getBean(SecurityContextHolderStrategy.class));
            String body = as("erin", roles(Role.EDITOR),
                    () -> restarted.getBean(SectionService.class).require(sectionId).getBody());
            assertThat(body).startsWith(IntStream.rangeClosed(1, acknowledged).mapToObj(CrashIT::line)
                    .collect(Collectors.joining()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String line(int save) {
        return "Save number " + save + " of the crash test.\n";
    }

    /** The database URL of application.properties, pointed at this test's folder. */
    static String productionDatabaseUrl(Path database) throws IOException {
        Properties production = new Properties();
        try (InputStream in = CrashIT.class.getResourceAsStream("/application.properties")) {
            production.load(in);
        }
        String url = production.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:retry:file:./data/masthead");
        return url.replace("./data/masthead", database.toString());
    }

    static String lineStartingWith(BufferedReader out, String prefix, Instant giveUp) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
            if (Instant.now().isAfter(giveUp)) {
                break;
            }
        }
        throw new AssertionError("The node stopped before saying " + prefix.strip());
    }

    private static int lastAcknowledged(BufferedReader out) throws IOException {
        List<String> rest = out.lines().filter(l -> l.startsWith("ACK ")).toList();
        return rest.isEmpty() ? 0 : Integer.parseInt(rest.get(rest.size() - 1).substring(4).strip());
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
