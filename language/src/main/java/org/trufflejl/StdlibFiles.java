package org.trufflejl;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The standard library's files (Base's and the other libraries' text, syntax images, names
 * files), read from the jar that holds them. Asking the class loader searched every jar of the
 * class path and made a URL and a connection each time, three times for each of Base's files
 * (about a tenth of loading Base); the jar is opened once instead. Where the files are not in a
 * jar (a build's classes directory), the class loader reads them.
 */
final class StdlibFiles {
    static final String ROOT = "trufflejl/stdlib/";

    private StdlibFiles() {
    }

    /** The jar holding the standard library, found from Base.jl's place; null when not a jar. */
    private static final JarFile JAR = openJar();

    private static JarFile openJar() {
        URL base = StdlibFiles.class.getClassLoader().getResource(ROOT + "Base/Base.jl");
        if (base == null || !"jar".equals(base.getProtocol())) {
            return null;
        }
        try {
            JarURLConnection connection = (JarURLConnection) base.openConnection();
            connection.setUseCaches(false);
            return new JarFile(new java.io.File(connection.getJarFileURL().toURI()));
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    /** The file's bytes, null when there is no such file. */
    static byte[] read(String path) throws IOException {
        if (JAR != null) {
            JarEntry entry = JAR.getJarEntry(ROOT + path);
            if (entry == null) {
                return null;
            }
            try (InputStream in = JAR.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
        try (InputStream in = StdlibFiles.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    static boolean exists(String path) {
        if (JAR != null) {
            return JAR.getJarEntry(ROOT + path) != null;
        }
        return StdlibFiles.class.getClassLoader().getResource(ROOT + path) != null;
    }
}
