package id.go.spbe.dev.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a growing log file incrementally to spot a marker line; and reads the tail of a log. */
final class LogWatcher {

    private final Path file;
    private final String marker;
    private long offset;
    private String carry = "";
    private boolean seen;

    LogWatcher(Path file, String marker, long startOffset) {
        this.file = file;
        this.marker = marker;
        this.offset = startOffset;
    }

    /** True once the marker has appeared after the start offset. */
    synchronized boolean markerSeen() {
        if (seen) {
            return true;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            if (len < offset) {
                offset = 0; // truncated
            }
            if (len == offset) {
                return false;
            }
            byte[] buf = new byte[(int) Math.min(len - offset, 1 << 20)];
            raf.seek(offset);
            raf.readFully(buf);
            offset += buf.length;
            String text = carry + new String(buf, StandardCharsets.UTF_8);
            if (text.contains(marker)) {
                seen = true;
                return true;
            }
            carry = text.length() > marker.length() ? text.substring(text.length() - marker.length()) : text;
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The last {@code lines} lines of a file (empty if it cannot be read). */
    static List<String> tail(Path file, int lines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int size = (int) Math.min(len, 64 * 1024);
            byte[] buf = new byte[size];
            raf.seek(len - size);
            raf.readFully(buf);
            String[] all = new String(buf, StandardCharsets.UTF_8).split("\\R");
            List<String> out = new ArrayList<>();
            for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                out.add(all[i]);
            }
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
