package pe.integrity.register;

import java.io.IOException;
import java.io.OutputStream;

/** Lays a register's data out as one file format. */
@FunctionalInterface
interface DocumentWriter {

    void write(RegisterData data, Stamp stamp, OutputStream out) throws IOException;
}
