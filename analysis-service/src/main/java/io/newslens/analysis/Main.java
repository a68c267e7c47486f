package io.newslens.analysis;

import io.newslens.common.http.RequestUris;
import io.quarkus.runtime.annotations.QuarkusMain;

/** The service's entry point: Quarkus, with a malformed request URI answered as a problem (see {@link RequestUris}). */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        RequestUris.run(args);
    }
}
