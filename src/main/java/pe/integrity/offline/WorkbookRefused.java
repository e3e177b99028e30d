package pe.integrity.offline;

/** A file refused before any of its rows is read: hostile, damaged, too large, or not one of our workbooks. */
class WorkbookRefused extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    WorkbookRefused(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args;
    }
}
