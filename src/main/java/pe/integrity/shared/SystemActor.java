package pe.integrity.shared;

/**
 * The application itself as the author of what nobody did by hand: a submission counted by the process, a
 * period closed by its timer, a register generated after SIP's approval. One name everywhere, so the journal
 * and the registers say the same thing and no person can be confused with it ({@code sistema} is not a valid
 * username of a person: it is reserved).
 */
public final class SystemActor {

    public static final String USERNAME = "sistema";
    public static final String NAME = "Sistema";

    private SystemActor() {}
}
