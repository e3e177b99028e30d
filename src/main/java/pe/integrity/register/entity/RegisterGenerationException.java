package pe.integrity.register.entity;

/** A register file could not be written; nothing was archived. */
public class RegisterGenerationException extends RuntimeException {

    public RegisterGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
