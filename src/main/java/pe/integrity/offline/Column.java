package pe.integrity.offline;

import pe.integrity.assessment.StageWork;

/** A column of one of the workbook's data sheets: its place, its Spanish header, the work that may change it. */
interface Column {

    /** 0-based position, as POI and the sheet reader count. */
    int index();

    String header();

    /** The kind of work that may change the column; null for a key column nobody changes. */
    StageWork work();

    int width();
}
