package pe.integrity.register.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;

/** Builds the vocabulary of one export from the catalogue, the scoring schemes and the message bundles. */
@Component
public class NationalVocabularies {

    private final ScoringSchemes schemes;
    private final Catalog catalog;
    private final MessageSource messages;

    NationalVocabularies(ScoringSchemes schemes, Catalog catalog, MessageSource messages) {
        this.schemes = schemes;
        this.catalog = catalog;
        this.messages = messages;
    }

    NationalVocabulary forLocale(Locale locale) {
        NationalVocabulary v = new NationalVocabulary(key -> messages.getMessage(key, null, null, locale));
        for (ScoringScheme scheme : schemes.all()) {
            for (RiskLevel level : scheme.levels()) {
                v.level(scheme.code(), level.code(), level.label(locale), level.colour(), level.rank());
            }
            for (ControlRating rating : scheme.controlRatings()) {
                v.controlRating(scheme.code(), rating.code(), rating.label(locale));
            }
        }
        for (Typology t : catalog.typologies()) {
            v.label("typology", t.code(), t.name(locale));
        }
        return v;
    }

    /** Residual level codes of every scheme with a label, for the filter's select (code → "label (scheme)"). */
    Map<String, String> levelOptions(Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        List<ScoringScheme> all = schemes.all();
        for (ScoringScheme scheme : all) {
            for (RiskLevel level : scheme.levels()) {
                options.merge(level.code(), level.label(locale), (a, b) -> a.equals(b) ? a : a + " / " + b);
            }
        }
        return options;
    }
}
