package pe.integrity.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reference catalogue, read-only, for every signed-in user. */
@Controller
class CatalogController {

    private final Catalog catalog;
    private final ScoringSchemes schemes;

    CatalogController(Catalog catalog, ScoringSchemes schemes) {
        this.catalog = catalog;
        this.schemes = schemes;
    }

    @GetMapping("/catalog")
    String show(Model model) {
        List<Typology> typologies = catalog.typologies();
        Map<PracticeCategory, List<Typology>> byCategory = new EnumMap<>(PracticeCategory.class);
        for (PracticeCategory category : PracticeCategory.values()) {
            byCategory.put(category, typologies.stream().filter(t -> t.category() == category).toList());
        }
        model.addAttribute("processes", catalog.processes());
        model.addAttribute("typologies", byCategory);
        model.addAttribute("scheme", schemes.active());
        return "catalog/index";
    }
}
