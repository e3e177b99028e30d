package pe.integrity.register.entity;

import java.io.IOException;
import java.io.OutputStream;
import pe.integrity.register.archive.Stamp;

/** Lays a register's data out as one file format. */
@FunctionalInterface
public interface DocumentWriter {

    void write(RegisterData data, Stamp stamp, OutputStream out) throws IOException;
}
