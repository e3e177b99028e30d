package pe.integrity.catalog;

import java.util.List;

/** Scoring schemes and their decision tables (implemented over DMN by the workflow module). */
public interface ScoringSchemes {

    ScoringScheme active();

    ScoringScheme byCode(String schemeCode);

    List<ScoringScheme> all();

    InherentScore inherent(String schemeCode, int probability, int impact);

    RiskLevel residual(String schemeCode, String inherentLevelCode, String controlRatingCode);

    void activate(String schemeCode);
}
