package io.newslens.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and ../shared are (the build passes newslens.root; an IDE run starts in deploy-tests). */
final class Repo {

    static final Path ROOT = root();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path CRDS = ROOT.resolve("../shared/k8s-crds").normalize();

    private Repo() {
    }

    private static Path root() {
        String p = System.getProperty("newslens.root");
        Path root = (p == null ? Path.of("..") : Path.of(p)).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("deploy/k8s"))) {
            throw new IllegalStateException("no deploy/k8s under " + root + " (set -Dnewslens.root)");
        }
        if (!Files.isDirectory(root.resolve("../shared/k8s-crds"))) {
            throw new IllegalStateException("the pinned CRD schemas are missing: expected " + root.resolve("../shared/k8s-crds").normalize());
        }
        return root;
    }
}
