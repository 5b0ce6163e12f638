package org.trufflejl;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognises {@code .jl} files so that {@code Source.newBuilder(file)} picks TruffleJL. */
public final class JlFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".jl") ? JlLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
