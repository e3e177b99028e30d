package pe.integrity.nationaldata;

/**
 * Spanish text of realistic length for generated rows, every value a pure function of its indexes, so two runs
 * write the same data.
 */
final class NationalText {

    private NationalText() {}

    static final String[] DEPARTMENTS = {"Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca",
        "Callao", "Cusco", "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Lima", "Loreto",
        "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna", "Tumbes", "Ucayali"};
    static final String[] SECTORS = {"Ambiente", "Economía y Finanzas", "Educación", "Salud", "Interior",
        "Transportes y Comunicaciones", "Vivienda, Construcción y Saneamiento", "Producción", "Agricultura",
        "Trabajo y Promoción del Empleo", "Energía y Minas", "Justicia y Derechos Humanos"};
    static final String[] CENTRAL_KINDS = {"Programa Nacional", "Organismo Técnico Especializado",
        "Superintendencia Nacional", "Instituto Nacional", "Organismo Público Ejecutor", "Fondo Nacional"};
    static final String[] PROCESS_CODES = {"CONTRATACIONES", "RECURSOS_HUMANOS", "TRANSPARENCIA",
        "SERVICIOS_PUBLICOS"};
    static final String[] PROCESS_NAMES = {"Contrataciones del Estado", "Gestión de recursos humanos",
        "Transparencia y acceso a la información pública", "Provisión de servicios públicos",
        "Otorgamiento de licencias de funcionamiento", "Fiscalización y sanción administrativa",
        "Gestión de la tesorería y pagos", "Administración de bienes patrimoniales"};
    static final String[] UNITS = {"Oficina General de Administración", "Oficina de Recursos Humanos",
        "Unidad de Abastecimiento", "Gerencia de Desarrollo Urbano", "Oficina de Tesorería",
        "Gerencia de Fiscalización", "Oficina de Atención al Ciudadano", "Unidad de Control Patrimonial"};
    static final String[] BEHAVIOURS = {"direccione las especificaciones técnicas a favor de un proveedor",
        "otorgue conformidad a prestaciones no ejecutadas o ejecutadas parcialmente",
        "favorezca a familiares o allegados en el proceso de selección de personal",
        "solicite un pago indebido durante la inspección técnica",
        "oculte o demore la entrega de información pública solicitada",
        "use información privilegiada del expediente en beneficio de terceros",
        "apruebe pagos sin el sustento documental exigido",
        "omita declarar un conflicto de intereses con un postor"};
    static final String[] TYPOLOGIES = {"COLUSION", "NEGOCIACION_INCOMPATIBLE", "NEPOTISMO", "COHECHO",
        "INFORMACION_PRIVILEGIADA", "INFORMACION_PRIVILEGIADA", "PECULADO", "CONFLICTO_INTERESES"};
    static final String[] CATEGORIES = {"CORRUPTION_ACT", "CORRUPTION_ACT", "MISCONDUCT", "CORRUPTION_ACT",
        "MISCONDUCT", "MISCONDUCT", "CORRUPTION_ACT", "MISCONDUCT"};
    static final String[] BENEFITS = {"un beneficio económico", "una promesa de empleo", "un favor político",
        "regalos o atenciones", "la reducción de su carga de trabajo"};
    static final String[] MEASURES = {"Implementar la revisión cruzada de los requerimientos por un segundo evaluador",
        "Publicar en el portal de transparencia las actas y los resultados de cada etapa",
        "Capacitar al personal del área en el código de ética y en la declaración de intereses",
        "Establecer un registro de visitas y reuniones con proveedores y administrados",
        "Rotar al personal que ocupa puestos sensibles cada dos años como máximo",
        "Automatizar la trazabilidad de los expedientes en el sistema de trámite documentario"};
    static final String[] LEVELS = {"BAJO", "MODERADO", "ALTO", "MUY_ALTO"};
    static final String[] RATINGS = {"FUERTE", "MODERADO", "DEBIL", "INEXISTENTE"};
    static final String[] FIRST = {"Ana", "Luis", "María", "Jorge", "Rosa", "Carlos", "Elena", "Pedro", "Julia",
        "Raúl", "Carmen", "José", "Lucía", "Miguel", "Sofía", "Víctor"};
    static final String[] LAST = {"Quispe", "Mamani", "Huamán", "Torres", "Flores", "Rojas", "Condori", "Vargas",
        "Paredes", "Salas", "Chávez", "Ramos", "Castillo", "Gutiérrez", "Mendoza", "Ccori"};

    static String person(long k) {
        return FIRST[(int) (k % FIRST.length)] + " " + LAST[(int) ((k / 7) % LAST.length)] + " "
                + LAST[(int) ((k / 3) % LAST.length)];
    }

    static String statement(long i) {
        return "Posibilidad de que un servidor de la " + UNITS[(int) (i % UNITS.length)] + " "
                + BEHAVIOURS[(int) (i % BEHAVIOURS.length)] + " a cambio de " + BENEFITS[(int) (i % BENEFITS.length)]
                + ", durante la ejecución del proceso, lo que afectaría la legalidad de la decisión y el uso de los"
                + " recursos públicos.";
    }

    static String causes(long i) {
        return "Alta discrecionalidad en la evaluación; controles manuales sin segunda revisión; rotación escasa del"
                + " personal en puestos sensibles" + (i % 2 == 0 ? "; ausencia de registro de reuniones con terceros."
                : ".");
    }

    static String consequences(long i) {
        return "Perjuicio económico a la entidad, pérdida de confianza ciudadana y responsabilidad administrativa,"
                + (i % 3 == 0 ? " civil y penal de los servidores involucrados." : " civil de los involucrados.");
    }

    static String measure(long i, int j) {
        return MEASURES[(int) ((i + j) % MEASURES.length)] + " (medida " + (j + 1) + " del riesgo).";
    }
}
