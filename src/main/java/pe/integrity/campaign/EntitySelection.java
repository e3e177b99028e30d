package pe.integrity.campaign;

import java.util.ArrayList;
import java.util.List;
import pe.integrity.organisation.EntityType;

/**
 * Which active entities a campaign is for: a period and optional filters (null: all). {@link #where} is the one
 * place the filter becomes SQL, so the preview count and the launch select the same entities.
 */
public record EntitySelection(int periodYear, EntityType entityType, String sector, String department) {

    public EntitySelection {
        sector = blankToNull(sector);
        department = blankToNull(department);
    }

    /** The condition on {@code public_entity e}, its arguments appended to {@code args}. */
    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder("e.active");
        if (entityType != null) {
            sql.append(" AND e.type = ?");
            args.add(entityType.name());
        }
        if (sector != null) {
            sql.append(" AND e.sector = ?");
            args.add(sector);
        }
        if (department != null) {
            sql.append(" AND e.department = ?");
            args.add(department);
        }
        return sql.toString();
    }

    List<Object> args() {
        return new ArrayList<>();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
