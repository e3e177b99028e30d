package pe.integrity.register;

/** A register file could not be written; nothing was archived. */
class RegisterGenerationException extends RuntimeException {

    RegisterGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
