package pe.integrity.workspace.page;

import java.util.List;

/** A process in scope with its owner's name and its stages. */
public record ProcessRow(
        Long id,
        String catalogProcessCode,
        String name,
        String prioritisationReason,
        String ownerUsername,
        String ownerName,
        String responsibleUnit,
        long version,
        List<StageRow> stages,
        int riskCount) {}
