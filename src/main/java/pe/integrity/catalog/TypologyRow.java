package pe.integrity.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "typology")
class TypologyRow {

    @Id
    private String code;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeCategory category;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TypologyRow() {}

    Typology toRecord() {
        return new Typology(code, nameEs, nameEn, category);
    }
}
