package io.autocrm.platform.web;

import java.util.Locale;

/** Sizes as people read them in refusals and logs: "25 MB", "1.5 MB", "512 KB", "300 bytes". */
public final class DataSizes {

    private static final long MB = 1024 * 1024;

    private DataSizes() {
    }

    public static String readable(long bytes) {
        if (bytes >= MB) {
            double mb = bytes / (double) MB;
            return (bytes % MB == 0 ? String.valueOf(bytes / MB) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
