package pe.integrity.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A process entities can put in the scope of an assessment.
 *
 * @param priority true for the processes SIP names as priority ("sensitive")
 * @param stages typical stages, in order: a starting point for identification level 1
 */
public record CatalogProcess(String code, String nameEs, String nameEn, boolean priority, List<TypicalActivity> stages) {

    public CatalogProcess {
        stages = List.copyOf(stages);
    }

    public String name(Locale locale) {
        return Labels.pick(locale, nameEs, nameEn);
    }
}
