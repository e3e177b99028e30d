package pe.integrity.dashboard;

/** What the dashboard's rows are: the entities' department, sector or type (columns of {@code public_entity}). */
public enum Dimension {
    DEPARTMENT("e.department"),
    SECTOR("e.sector"),
    ENTITY_TYPE("e.type");

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
