package io.autocrm.platform.files;

import java.text.Normalizer;

/**
 * The name a file is kept and offered under: the last part of what the sender called it (browsers and mail clients
 * send paths like {@code C:\fakepath\x.png}), NFC-normalised, without control and format characters (bidirectional
 * overrides) and quotes, at most 255
 * characters (keeping the extension); "file" when nothing is left.
 */
public final class FileNames {

    private static final int MAX = 255;

    private FileNames() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "file";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        // Control and format characters out: no line breaks, and no right-to-left override making "exe" look like "pdf".
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}\"\\p{Zl}\\p{Zp}]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "file";
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }
}
