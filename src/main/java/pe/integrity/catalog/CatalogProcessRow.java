package pe.integrity.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "catalog_process")
class CatalogProcessRow {

    @Id
    private String code;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean priority;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "catalog_process_stage", joinColumns = @JoinColumn(name = "process_code"))
    @OrderColumn(name = "sort_order")
    private List<Stage> stages = new ArrayList<>();

    protected CatalogProcessRow() {}

    CatalogProcess toRecord() {
        return new CatalogProcess(code, nameEs, nameEn, priority,
                stages.stream().map(s -> new TypicalActivity(s.nameEs, s.nameEn)).toList());
    }

    @Embeddable
    static class Stage {
        @Column(name = "name_es", nullable = false)
        String nameEs;

        @Column(name = "name_en", nullable = false)
        String nameEn;
    }
}
