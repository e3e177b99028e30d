package pe.integrity.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityType;
import pe.integrity.shared.Display;

/**
 * «Buscar riesgos y medidas»: a GET form (works without JavaScript, and a search is a link one can keep) and one
 * page of results. Without {@code q} the page only shows the form.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SearchController {

    /** The first period the guide applies to (RSIP 001-2023-PCM/SIP). */
    static final int FIRST_PERIOD = 2023;

    private final RiskAndMeasureSearch search;
    private final JdbcClient jdbc;
    private final Clock clock;

    SearchController(RiskAndMeasureSearch search, JdbcClient jdbc, Clock clock) {
        this.search = search;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) SearchKind kind, @RequestParam(required = false) Integer periodYear,
            @RequestParam(required = false) EntityType entityType, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String department, @RequestParam(required = false) String entity,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SearchRequest request = new SearchRequest(q, kind, periodYear, entityType, sector, department, entity, page);
        boolean national = user.isGlobalReader();
        model.addAttribute("request", request);
        model.addAttribute("asked", q != null);
        model.addAttribute("national", national);
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("periods", periods());
        model.addAttribute("maxLength", SearchRequest.MAX_LENGTH);
        if (national) {
            model.addAttribute("entityTypes", EntityType.values());
            model.addAttribute("sectors", distinct("sector"));
            model.addAttribute("departments", distinct("department"));
        }
        if (q != null) {
            model.addAttribute("result", search.search(user, request));
        }
        return "search/index";
    }

    /** Newest first, from the guide's first period to next year's. */
    private List<Integer> periods() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock.withZone(Display.ZONE)).getYear() + 1; y >= FIRST_PERIOD; y--) {
            years.add(y);
        }
        return years;
    }

    /** The values active entities have, for the national filters. */
    private List<String> distinct(String column) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM public_entity WHERE active ORDER BY " + column)
                .query(String.class).list();
    }
}
