package org.masthead.mailing;

import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.masthead.Application;
import org.masthead.Desk;
import org.masthead.SendingCrashIT;
import org.masthead.ServiceTest;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The sending benchmark (bench/send-to-subscribers.sh), not a test: a release to 1,000 and then
 * 10,000 confirmed subscribers on an H2 file database, mail to {@link SmtpSink} in another JVM,
 * no rate limit. Against a reference measured in the same run: the same number of messages of
 * the same size sent by a bare JavaMail loop over the same number of connections, no database.
 * Heap is the used heap after a full collection, sampled while the send runs.
 */
public final class SendTiming {

    private SendTiming() {
    }

    public static void main(String[] args) throws Exception {
        int sinkPort = Integer.parseInt(args[0]);
        String database = args[1];
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sinkPort,
                "--masthead.mail.connections=" + connections, "--masthead.mail.rate=0",
                "--db-scheduler.polling-interval=1s", "--logging.level.root=error");
        ServiceTest.useSecurityOf(app.getBean(SecurityContextHolderStrategy.class));
        System.out.printf("connections: %d, cores: %d, max heap: %d MB%n", connections,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int subscribers : new int[] {1_000, 10_000}) {
            Desk desk = app.getBean(Desk.class);
            desk.reset();
            long issueId = desk.readyIssue();
            SendingCrashIT.confirmedSubscribers(desk, subscribers);
            long startNanos = System.nanoTime();
            as("paula", roles(Role.PUBLISHER), () -> app.getBean(ReleaseService.class).release(issueId));
            long peakHeap = waitUntilSent(desk.jdbc(), subscribers);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            int emailBytes = desk.jdbc().queryForObject("select max(length(email_html) + length(plain_text)) from editions", Integer.class);
            double reference = bareJavaMail(sinkPort, connections, subscribers, emailBytes);
            System.out.printf("%,d subscribers: whole send %.1f s = %.0f messages/s; bare JavaMail, same size (%,d chars), "
                            + "no database: %.0f messages/s; ratio %.2f; heap used after GC, highest sample: %d MB%n",
                    subscribers, seconds, subscribers / seconds, emailBytes, reference, (subscribers / seconds) / reference,
                    peakHeap >> 20);
        }
        app.close();
    }

    /** Waits until every delivery is out; the highest used heap after a full GC, sampled every two seconds. */
    private static long waitUntilSent(JdbcTemplate jdbc, int subscribers) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peak = 0;
        long lastSample = 0;
        while (jdbc.queryForObject("select count(*) from deliveries where status = 'SENT'", Integer.class) < subscribers) {
            Thread.sleep(50);
            if (System.nanoTime() - lastSample > Duration.ofSeconds(2).toNanos()) {
                memory.gc();
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                lastSample = System.nanoTime();
            }
        }
        return peak;
    }

    /** Messages per second of a bare JavaMail loop: the same count and size, the same connections, nothing else. */
    private static double bareJavaMail(int port, int connections, int messages, int size) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(props);
        String body = "x".repeat(Math.max(1, size));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        Future<?>[] runs = new Future<?>[connections];
        for (int c = 0; c < connections; c++) {
            runs[c] = pool.submit(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    int n;
                    while ((n = next.incrementAndGet()) <= messages) {
                        MimeMessage message = new MimeMessage(session);
                        message.setFrom(new InternetAddress("bench@example.org"));
                        InternetAddress to = new InternetAddress("subscriber-" + n + "@example.org");
                        message.setRecipient(MimeMessage.RecipientType.TO, to);
                        message.setSubject("Bench");
                        message.setText(body);
                        message.saveChanges();
                        transport.sendMessage(message, new InternetAddress[] {to});
                    }
                }
                return null;
            });
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        return messages / ((System.nanoTime() - start) / 1e9);
    }
}
