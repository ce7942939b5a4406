package org.masthead.mailing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and keeps none: the far end of the sending
 * benchmark ({@code bench/send-to-subscribers.sh}), run in a JVM of its own so that what it
 * receives weighs nothing on the heap being measured. Prints its port, then every second the
 * number of messages accepted so far.
 */
public final class SmtpSink {

    private SmtpSink() {
    }

    public static void main(String[] args) throws IOException {
        AtomicLong accepted = new AtomicLong();
        ServerSocket server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        System.out.println("PORT " + server.getLocalPort());
        var threads = Executors.newCachedThreadPool();
        Executors.newSingleThreadScheduledExecutor().scheduleAtFixedRate(
                () -> System.out.println("ACCEPTED " + accepted.get()), 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        while (true) {
            Socket client = server.accept();
            threads.submit(() -> converse(client, accepted));
        }
    }

    private static void converse(Socket client, AtomicLong accepted) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            say(out, "220 sink.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> say(out, "250 sink.test");
                    case "DATA" -> {
                        say(out, "354 go ahead");
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            // discarded
                        }
                        accepted.incrementAndGet();
                        say(out, "250 2.0.0 accepted");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "250 OK");
                }
            }
        } catch (IOException gone) {
            // The sender hung up: fine.
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
