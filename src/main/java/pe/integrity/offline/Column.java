package pe.integrity.offline;

import pe.integrity.assessment.StageWork;

/** A column of one of the workbook's data sheets: its place, and its {@link Spec}. */
interface Column {

    /** A column's Spanish header (part of the file format), the work that may change it (null: a key), its width. */
    record Spec(String header, StageWork work, int width) {}

    /** 0-based position, as POI and the sheet reader count: the column's place in its enum. */
    default int index() {
        return ((Enum<?>) this).ordinal();
    }

    Spec spec();

    default String header() {
        return spec().header();
    }

    /** The kind of work that may change the column; null for a key column nobody changes. */
    default StageWork work() {
        return spec().work();
    }

    default int width() {
        return spec().width();
    }
}
