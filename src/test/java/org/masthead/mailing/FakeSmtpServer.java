package org.masthead.mailing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * A small SMTP server for the cases GreenMail cannot play: it refuses, for a while or for good,
 * at RCPT or after the dot, or drops the connection in the middle of the data. It counts what it
 * accepted per recipient, and sees a message only once its final dot arrives.
 */
final class FakeSmtpServer implements AutoCloseable {

    /** What the server answers a recipient, by address and how many times that address was tried before. */
    private volatile BiFunction<String, Integer, String> rcptReply = (address, tries) -> "250 2.1.5 OK";
    /** What the server answers the final dot of a message to this address. */
    private volatile BiFunction<String, Integer, String> dotReply = (address, tries) -> "250 2.0.0 Queued";

    /** Whether to drop the connection halfway through this address's message (after its headers). */
    private volatile BiFunction<String, Integer, Boolean> dropInData = (address, tries) -> false;

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-smtp");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> tries = new ConcurrentHashMap<>();
    private final Map<String, Integer> accepted = new ConcurrentHashMap<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    FakeSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptConnections);
    }

    int port() {
        return socket.getLocalPort();
    }

    void answerRecipients(BiFunction<String, Integer, String> reply) {
        rcptReply = reply;
    }

    void answerDots(BiFunction<String, Integer, String> reply) {
        dotReply = reply;
    }

    void dropInData(BiFunction<String, Integer, Boolean> drop) {
        dropInData = drop;
    }

    /** Messages accepted for this address. */
    int acceptedFor(String address) {
        return accepted.getOrDefault(address, 0);
    }

    Map<String, Integer> accepted() {
        return Map.copyOf(accepted);
    }

    int triesOf(String address) {
        return tries.getOrDefault(address, 0);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.submit(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            say(out, "220 fake.test ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 fake.test");
                    case "MAIL" -> {
                        recipient = null;
                        say(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        String address = line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1");
                        int before = tries.merge(address, 1, Integer::sum) - 1;
                        String reply = rcptReply.apply(address, before);
                        recipient = reply.startsWith("2") ? address : null;
                        say(out, reply);
                    }
                    case "DATA" -> {
                        if (recipient == null) {
                            say(out, "503 5.5.1 No recipient");
                            continue;
                        }
                        say(out, "354 Go ahead");
                        boolean drop = dropInData.apply(recipient, tries.getOrDefault(recipient, 1) - 1);
                        StringBuilder message = new StringBuilder();
                        String data;
                        boolean ended = false;
                        while ((data = in.readLine()) != null) {
                            if (drop && data.isEmpty()) {
                                return;   // gone after the headers
                            }
                            if (data.equals(".")) {
                                ended = true;
                                break;
                            }
                            message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                        }
                        if (!ended) {
                            return;   // the client went away before the dot: nothing was accepted
                        }
                        String reply = dotReply.apply(recipient, tries.getOrDefault(recipient, 1) - 1);
                        if (reply == null) {
                            return;   // drop the connection instead of answering
                        }
                        if (reply.startsWith("2")) {
                            accepted.merge(recipient, 1, Integer::sum);
                            messages.add(message.toString());
                        }
                        say(out, reply);
                    }
                    case "RSET", "NOOP" -> say(out, "250 2.0.0 OK");
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 Not implemented");
                }
            }
        } catch (IOException dropped) {
            // The client went away.
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
