package io.autocrm.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} in text format on its own connection, fed row by row through a buffer. Values must
 * not contain tabs, newlines or backslashes (the generator's never do); bytea goes in as {@code \\x<hex>}.
 */
final class CopyWriter implements AutoCloseable {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;
    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 20];
    private int length;
    private boolean firstColumn = true;
    private long rows;

    CopyWriter(Pg pg, String table, String columns) throws SQLException {
        this.connection = pg.connect();
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyWriter text(String value) throws SQLException {
        separator();
        if (value == null) {
            put("\\N".getBytes(StandardCharsets.US_ASCII));
        } else {
            put(value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    CopyWriter text(Object value) throws SQLException {
        return text(value == null ? null : value.toString());
    }

    CopyWriter bytea(byte[] value) throws SQLException {
        separator();
        ensure(3 + value.length * 2);
        buffer[length++] = '\\';
        buffer[length++] = '\\';
        buffer[length++] = 'x';
        for (byte b : value) {
            buffer[length++] = HEX[(b >> 4) & 0xF];
            buffer[length++] = HEX[b & 0xF];
        }
        return this;
    }

    void endRow() throws SQLException {
        ensure(1);
        buffer[length++] = '\n';
        firstColumn = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    private void separator() throws SQLException {
        if (!firstColumn) {
            ensure(1);
            buffer[length++] = '\t';
        }
        firstColumn = false;
    }

    private void put(byte[] bytes) throws SQLException {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) throws SQLException {
        if (length + more > buffer.length) {
            flush();
            if (more > buffer.length) {
                throw new IllegalArgumentException("value too large for the copy buffer: " + more);
            }
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            copy.endCopy();
        } finally {
            connection.close();
        }
    }
}
