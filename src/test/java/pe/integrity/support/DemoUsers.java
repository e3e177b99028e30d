package pe.integrity.support;

/** The demo users the application seeds (organisation.DemoData), one per role in two entities. */
public final class DemoUsers {

    public static final String PASSWORD = "demo12345";
    public static final String MIRAFLORES = "Municipalidad Distrital de Miraflores";
    public static final String CUSCO = "Gobierno Regional de Cusco";

    private DemoUsers() {}
}
