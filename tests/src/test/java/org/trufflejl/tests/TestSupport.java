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

    /**
     * The .jl files under {@code dir}, build output ({@code target}) left out: Surefire writes and
     * renames its reports there while tests run, and a walk meeting a file that just vanished failed.
     */
    static java.util.List<Path> jlSources(Path dir) throws java.io.IOException {
        java.util.List<Path> found = new java.util.ArrayList<>();
        java.nio.file.Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                return d.getFileName().toString().equals("target") ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (f.toString().endsWith(".jl")) {
                    found.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        java.util.Collections.sort(found);
        return found;
    }

    static Path projectRoot() {
        String home = System.getProperty("trufflejl.home");
        return (home != null ? Path.of(home) : Path.of("").toAbsolutePath().getParent()).toAbsolutePath().normalize();
    }
}
