package pe.integrity.workspace.page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.shared.Display;
import pe.integrity.workspace.followup.EvidenceInfo;

/**
 * Copies assessment entities into view records while their transaction is open. Callers are read-only
 * transactional page builders.
 */
@Component
public class Views {

    /** Dates on screen are Lima time (see {@link Display}). */
    public static final ZoneId LIMA = Display.ZONE;

    private final EntityDirectory entities;
    private final UserDirectory users;
    private final ScoringSchemes schemes;
    private final Catalog catalog;

    public Views(EntityDirectory entities, UserDirectory users, ScoringSchemes schemes, Catalog catalog) {
        this.entities = entities;
        this.users = users;
        this.schemes = schemes;
        this.catalog = catalog;
    }

    public ScoringScheme scheme(Assessment a) {
        return schemes.byCode(a.getSchemeCode());
    }

    public AssessmentHeader header(Assessment a) {
        ScoringScheme scheme = scheme(a);
        return new AssessmentHeader(a.getId(), a.getEntityId(), entityName(a.getEntityId()), a.getPeriodYear(),
                a.getStage(), scheme.code(), scheme.name(), scheme.provisional(), scheme.dimensions(), a.getContext(),
                a.getPreviousAssessmentId(), a.getSubmissionRound());
    }

    public String entityName(Long entityId) {
        return entities.find(entityId).map(PublicEntity::getName).orElse("—");
    }

    /** Username → full name of the entity's people, read once per page. */
    public Map<String, String> names(Long entityId) {
        return users.ofEntity(entityId).stream()
                .collect(Collectors.toMap(u -> u.username().toLowerCase(Locale.ROOT), UserView::fullName, (a, b) -> a));
    }

    public String name(Map<String, String> names, String username) {
        if (username == null) {
            return null;
        }
        return names.getOrDefault(username.toLowerCase(Locale.ROOT), username);
    }

    /** A user's full name looked up on its own, for people outside the entity (e.g. SIP). */
    public String fullName(String username) {
        return username == null ? null : users.findByUsername(username).map(UserView::fullName).orElse(username);
    }

    public ProcessRow process(ProcessInScope p, Map<String, String> names, int riskCount) {
        return new ProcessRow(p.getId(), p.getCatalogProcessCode(), p.getName(), p.getPrioritisationReason(),
                p.getOwnerUsername(), name(names, p.getOwnerUsername()), p.getResponsibleUnit(), p.getVersion(),
                p.getStages().stream()
                        .map(s -> new StageRow(s.getId(), s.getName(), s.getResponsibleUnit(), s.getPosition()))
                        .toList(),
                riskCount);
    }

    public Map<String, String> typologyNames(Locale locale) {
        return catalog.typologies().stream().collect(Collectors.toMap(Typology::code, t -> t.name(locale)));
    }

    /** One risk of the assessment on its own page. */
    public RiskRow risk(Risk r, Assessment a, Locale locale) {
        return risk(r, scheme(a), typologyNames(locale), locale);
    }

    /** Risks of the assessment as a page lists them: the scheme and the typology names read once. */
    public List<RiskRow> risks(List<Risk> risks, Assessment a, Locale locale) {
        ScoringScheme scheme = scheme(a);
        Map<String, String> typologies = typologyNames(locale);
        return risks.stream().map(r -> risk(r, scheme, typologies, locale)).toList();
    }

    public RiskRow risk(Risk r, ScoringScheme scheme, Map<String, String> typologies, Locale locale) {
        ProcessInScope p = r.getProcess();
        String rating = r.getControlRating();
        String ratingLabel = rating == null
                ? null
                : scheme.controlRatings().stream()
                        .filter(c -> c.code().equals(rating))
                        .map(c -> c.label(locale))
                        .findFirst()
                        .orElse(rating);
        return new RiskRow(r.getId(), r.getCode(), p.getId(), p.getName(), p.getOwnerUsername(),
                r.getStage() == null ? null : r.getStage().getId(), r.getStage() == null ? null : r.getStage().getName(),
                r.getContext(), r.getRiskyBehaviour(), r.getStatement(), r.getCategory(), r.getTypologyCode(),
                r.getTypologyCode() == null ? null : typologies.getOrDefault(r.getTypologyCode(), r.getTypologyCode()),
                r.getCauses(), r.getConsequences(), r.getActors(), r.getExistingControls(), r.getProbability(),
                r.getImpact(), r.getInherentScore(), level(scheme, r.getInherentLevel(), locale), rating, ratingLabel,
                level(scheme, r.getResidualLevel(), locale), r.getTreatmentRequired(), r.getResponse(),
                r.getAcceptanceJustification(), r.getChangeStatus(), r.isRemoved(), r.getMeasures().size(),
                r.getVersion());
    }

    public MeasureRow measure(Measure m, List<EvidenceInfo> evidence) {
        Risk r = m.getRisk();
        return new MeasureRow(m.getId(), m.getCode(), r.getId(), r.getCode(), r.getProcess().getOwnerUsername(), m.getDescription(),
                m.getType(), m.getCauseAddressed(), m.getResponsibleUnit(), m.getResponsiblePerson(), m.getStartDate(),
                m.getEndDate(), m.getIndicator(), m.getTargetValue(), m.getVerificationMeans(), m.getResources(), m.getStatus(),
                m.getProgress(), m.isOverdue(), m.getProgressComment(), m.getVersion(), evidence,
                m.getCarriedFromId() != null);
    }

    /** The level of a scheme by code; a level the scheme no longer knows is still shown, without colour. */
    public LevelView level(ScoringScheme scheme, String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return scheme.findLevel(code).map(l -> level(l, locale)).orElse(new LevelView(code, code, "#ffffff", "#000000"));
    }

    public static LevelView level(RiskLevel l, Locale locale) {
        return new LevelView(l.code(), l.label(locale), l.colour(), ink(l.colour()));
    }

    /** Black or white text, whichever reads better on the level's colour (WCAG relative luminance). */
    public static String ink(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return "#000000";
        }
        double r = channel(Integer.parseInt(colour.substring(1, 3), 16));
        double g = channel(Integer.parseInt(colour.substring(3, 5), 16));
        double b = channel(Integer.parseInt(colour.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        // contrast with black (L+0.05)/0.05 beats contrast with white 1.05/(L+0.05) above ~0.179
        return luminance > 0.179 ? "#000000" : "#ffffff";
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, LIMA);
    }

    public static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), LIMA);
    }
}
