package org.trufflejl.tests;

import java.nio.file.Path;

/** Where the project is: Surefire passes it as a system property; else the working directory's parent. */
final class TestSupport {
    /** One engine for all in-process launcher runs, so compiled code and Base's parse are shared. */
    static final org.graalvm.polyglot.Engine ENGINE = org.graalvm.polyglot.Engine.newBuilder()
                    .allowExperimentalOptions(true).options(org.trufflejl.launcher.Main.ENGINE_DEFAULTS)
                    .options(org.trufflejl.launcher.Main.COMPILATION_DEFAULTS).build();

    private TestSupport() {
    }

    static Path projectRoot() {
        String home = System.getProperty("trufflejl.home");
        return (home != null ? Path.of(home) : Path.of("").toAbsolutePath().getParent()).toAbsolutePath().normalize();
    }
}
