package io.newslens.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A deliberately dumb HTTP/1.1 client on a plain socket: sends exactly the bytes it is given (invalid UTF-8 in
 * the request line, oversized headers, contradictory framing, which {@link java.net.http.HttpClient} refuses
 * to produce) and reads one response, with {@code Connection: close} framing, Content-Length or chunked body.
 */
final class RawHttp {

    /** One response; {@code status} is -1 when the server closed the connection without answering. */
    record Response(int status, String headers, String body, String error) {
    }

    private RawHttp() {
    }

    static Response exchange(int port, byte[] request, int timeoutMillis) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 431) and close before reading everything: read what it said
            }
            return read(s.getInputStream());
        } catch (IOException e) {
            return new Response(-1, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        if (!headers.startsWith("HTTP/1.")) {
            return new Response(-1, headers, "", "no status line");
        }
        int status = Integer.parseInt(headers.substring(9, 12));
        String lower = headers.toLowerCase(Locale.ROOT);
        byte[] body;
        if (lower.contains("\ntransfer-encoding: chunked")) {
            body = chunked(in);
        } else {
            int i = lower.indexOf("\ncontent-length:");
            if (i >= 0) {
                int end = lower.indexOf('\r', i);
                int length = Integer.parseInt(lower.substring(i + 16, end).trim());
                body = in.readNBytes(length);
            } else {
                body = in.readAllBytes();
            }
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semi = size.indexOf(';');
            int n = Integer.parseInt((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
            if (n == 0) {
                line(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
