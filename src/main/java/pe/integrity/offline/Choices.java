package pe.integrity.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.UserView;

/**
 * The values a workbook's dropdowns offer, and the way back from a cell's text to what the forms store. One list
 * serves both directions, so whatever the download offers the import understands; a person typing a bare
 * typology code or a level's number is understood too.
 */
final class Choices {

    static final String YES = "Sí";
    private static final Locale ES = Locale.forLanguageTag("es-PE");

    private final Map<String, ProcessInScope> processes = new LinkedHashMap<>();
    private final Map<String, String> classifications = new LinkedHashMap<>();
    private final Map<String, Integer> probabilities = new LinkedHashMap<>();
    private final Map<String, Integer> impacts = new LinkedHashMap<>();
    private final Map<String, String> ratings = new LinkedHashMap<>();
    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final Map<String, MeasureType> measureTypes = new LinkedHashMap<>();
    private final Map<String, String> members = new LinkedHashMap<>();
    private final Map<String, MeasureStatus> statuses = new LinkedHashMap<>();

    /**
     * @param processes the processes the user works on
     * @param categoryLabels Spanish label of each practice category
     */
    Choices(List<ProcessInScope> processes, List<Typology> typologies, Map<PracticeCategory, String> categoryLabels,
            ScoringScheme scheme) {
        for (ProcessInScope p : processes) {
            String label = this.processes.containsKey(p.getName()) ? p.getName() + " (N.º " + p.getId() + ")" : p.getName();
            this.processes.put(label, p);
        }
        for (PracticeCategory c : PracticeCategory.values()) {
            classifications.put("Solo categoría: " + categoryLabels.get(c), c.name());
        }
        for (Typology t : typologies) {
            classifications.put(t.code() + " — " + t.name(ES), t.code());
        }
        for (ScaleLevel l : scheme.probabilityLevels()) {
            probabilities.put(l.value() + " — " + l.label(ES), l.value());
        }
        for (ScaleLevel l : scheme.impactLevels()) {
            impacts.put(l.value() + " — " + l.label(ES), l.value());
        }
        for (ControlRating r : scheme.controlRatings()) {
            ratings.put(r.label(ES), r.code());
        }
    }

    /**
     * The treatment's choices: the user's risks by code, the measure types by Spanish label, the entity's active
     * members as "Name (username)".
     */
    Choices plans(List<Risk> ofUser, Map<MeasureType, String> typeLabels, List<UserView> entityMembers) {
        ofUser.forEach(r -> risks.put(r.getCode(), r));
        typeLabels.forEach((type, label) -> measureTypes.put(label, type));
        entityMembers.forEach(u -> members.put(u.fullName() + " (" + u.username() + ")", u.username()));
        return this;
    }

    /** Follow-up's choices: the measure statuses by Spanish label. */
    Choices reports(Map<MeasureStatus, String> statusLabels) {
        statusLabels.forEach((status, label) -> statuses.put(label, status));
        return this;
    }

    List<String> statusLabels() {
        return new ArrayList<>(statuses.keySet());
    }

    /** A status from its label, in any case, or its name. */
    Optional<MeasureStatus> status(String cell) {
        MeasureStatus found = statuses.get(cell);
        if (found != null) {
            return Optional.of(found);
        }
        return statuses.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(cell) || e.getValue().name().equalsIgnoreCase(cell))
                .map(Map.Entry::getValue).findFirst();
    }

    String statusLabel(MeasureStatus status) {
        return labelOf(statuses, status);
    }

    List<String> riskCodes() {
        return new ArrayList<>(risks.keySet());
    }

    List<String> measureTypeLabels() {
        return new ArrayList<>(measureTypes.keySet());
    }

    List<String> memberLabels() {
        return new ArrayList<>(members.keySet());
    }

    Optional<Risk> risk(String code) {
        return Optional.ofNullable(risks.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    Optional<MeasureType> measureType(String cell) {
        MeasureType found = measureTypes.get(cell);
        if (found != null) {
            return Optional.of(found);
        }
        return measureTypes.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(cell) || e.getValue().name().equalsIgnoreCase(cell))
                .map(Map.Entry::getValue).findFirst();
    }

    String measureTypeLabel(MeasureType type) {
        return labelOf(measureTypes, type);
    }

    /** A member's username, from "Name (username)" or the bare username. */
    Optional<String> member(String cell) {
        String found = members.get(cell);
        if (found != null) {
            return Optional.of(found);
        }
        return members.values().stream().filter(u -> u.equalsIgnoreCase(cell)).findFirst();
    }

    String memberLabel(String username) {
        return username == null ? null : labelOf(members, username);
    }

    List<String> processLabels() {
        return new ArrayList<>(processes.keySet());
    }

    List<String> classificationLabels() {
        return new ArrayList<>(classifications.keySet());
    }

    List<String> probabilityLabels() {
        return new ArrayList<>(probabilities.keySet());
    }

    List<String> impactLabels() {
        return new ArrayList<>(impacts.keySet());
    }

    List<String> ratingLabels() {
        return new ArrayList<>(ratings.keySet());
    }

    String processLabel(ProcessInScope p) {
        return processes.entrySet().stream().filter(e -> e.getValue().getId().equals(p.getId()))
                .map(Map.Entry::getKey).findFirst().orElse(p.getName());
    }

    Optional<ProcessInScope> process(String cell) {
        return Optional.ofNullable(processes.get(cell));
    }

    /** The classification the form takes (a typology code or a category's name), from a label or a bare code. */
    Optional<String> classification(String cell) {
        String found = classifications.get(cell);
        if (found != null) {
            return Optional.of(found);
        }
        return classifications.values().stream().filter(v -> v.equalsIgnoreCase(cell)).findFirst();
    }

    String classificationLabel(String value) {
        return labelOf(classifications, value);
    }

    Optional<Integer> probability(String cell) {
        return level(probabilities, cell);
    }

    Optional<Integer> impact(String cell) {
        return level(impacts, cell);
    }

    String probabilityLabel(Integer value) {
        return labelOf(probabilities, value);
    }

    String impactLabel(Integer value) {
        return labelOf(impacts, value);
    }

    Optional<String> rating(String cell) {
        String found = ratings.get(cell);
        if (found != null) {
            return Optional.of(found);
        }
        return ratings.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(cell) || e.getValue().equalsIgnoreCase(cell))
                .map(Map.Entry::getValue).findFirst();
    }

    String ratingLabel(String code) {
        return labelOf(ratings, code);
    }

    /** A level's label, or its number alone ("3" or "3 — anything" is level 3 when the axis has it). */
    private static Optional<Integer> level(Map<String, Integer> levels, String cell) {
        Integer found = levels.get(cell);
        if (found != null) {
            return Optional.of(found);
        }
        String number = cell.split("[^0-9]", 2)[0];
        if (number.isEmpty() || number.length() > 3) {
            return Optional.empty();
        }
        int value = Integer.parseInt(number);
        return levels.containsValue(value) ? Optional.of(value) : Optional.empty();
    }

    private static <T> String labelOf(Map<String, T> labels, T value) {
        if (value == null) {
            return null;
        }
        return labels.entrySet().stream().filter(e -> e.getValue().equals(value))
                .map(Map.Entry::getKey).findFirst().orElse(String.valueOf(value));
    }
}
