package io.newslens.extract;

/** One engine for all tests: loading the model takes seconds. */
final class TestEngine {

    private static volatile ExtractionEngine engine;

    private TestEngine() {
    }

    static ExtractionEngine get() {
        ExtractionEngine e = engine;
        if (e == null) {
            synchronized (TestEngine.class) {
                e = engine;
                if (e == null) {
                    e = ExtractionEngine.load();
                    engine = e;
                }
            }
        }
        return e;
    }
}
