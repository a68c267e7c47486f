package io.newslens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A local TCP port that nothing listens on (taken and released at once). */
final class ClosedPort {

    private ClosedPort() {
    }

    static int get() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
