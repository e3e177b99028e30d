package pe.integrity.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.Display;
import pe.integrity.shared.NotFoundException;

/**
 * The national dashboard of a period (one table at a time: by department, sector or entity type) and the list behind
 * each of its numbers. Read only: GET requests for SIP reviewers, auditors and administrators; entity users get 403.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('SIP_REVIEWER','AUDITOR','ADMIN')")
class DashboardController {

    /** The first period the guide applies to (RSIP 001-2023-PCM/SIP). */
    static final int FIRST_PERIOD = 2023;
    static final int PAGE_SIZE = 25;
    static final int EXPORT_MAX = 5_000;

    private final NationalDashboard dashboard;
    private final NationalAggregates aggregates;
    private final AggregatesWorkbook workbook;
    private final Clock clock;

    DashboardController(NationalDashboard dashboard, NationalAggregates aggregates, AggregatesWorkbook workbook,
            Clock clock) {
        this.dashboard = dashboard;
        this.aggregates = aggregates;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** What the registers of the period say, for the country or one row of the dashboard. */
    @GetMapping("/aggregates")
    String aggregates(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer periodYear,
            @RequestParam(required = false) Dimension by, @RequestParam(required = false) String value,
            java.util.Locale locale, Model model) {
        model.addAttribute("agg", aggregates.of(user, filter(periodYear, by, value), locale));
        model.addAttribute("periods", periods());
        return "dashboard/aggregates";
    }

    /** The same numbers as a workbook, to work on them or attach them to a report. */
    @GetMapping("/aggregates.xlsx")
    org.springframework.http.ResponseEntity<byte[]> aggregatesWorkbook(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer periodYear, @RequestParam(required = false) Dimension by,
            @RequestParam(required = false) String value, java.util.Locale locale) {
        NationalAggregates.Filter f = filter(periodYear, by, value);
        byte[] xlsx = workbook.write(aggregates.of(user, f, locale), locale);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("agregados-" + f.periodYear() + ".xlsx").build().toString())
                .body(xlsx);
    }

    private NationalAggregates.Filter filter(Integer periodYear, Dimension by, String value) {
        String chosen = value == null || value.isBlank() ? null : value;
        return new NationalAggregates.Filter(period(periodYear), chosen == null ? null : by, chosen);
    }

    @GetMapping
    String table(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer periodYear,
            @RequestParam(defaultValue = "DEPARTMENT") Dimension by, Model model) {
        int year = period(periodYear);
        model.addAttribute("table", dashboard.table(user, year, by));
        model.addAttribute("periods", periods());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("columns", DashboardColumn.values());
        return "dashboard/index";
    }

    @GetMapping("/entities")
    String entities(@AuthenticationPrincipal CurrentUser user, @RequestParam Integer periodYear,
            @RequestParam DashboardColumn column, @RequestParam(required = false) Dimension by,
            @RequestParam(required = false) String value, @RequestParam(defaultValue = "0") int page, Model model) {
        int year = period(periodYear);
        String chosen = value == null || value.isBlank() ? null : value;
        model.addAttribute("periodYear", year);
        model.addAttribute("column", column);
        model.addAttribute("by", chosen == null ? null : by);
        model.addAttribute("value", chosen);
        model.addAttribute("page", dashboard.entities(user, year, column, by, chosen, page, PAGE_SIZE));
        return "dashboard/entities";
    }

    /**
     * The same list, every entity of it, as a workbook: at most {@link #EXPORT_MAX} rows, more than the country's
     * entities, so the cost stays bounded if the directory ever grows past it.
     */
    @GetMapping("/entities.xlsx")
    org.springframework.http.ResponseEntity<byte[]> entitiesWorkbook(@AuthenticationPrincipal CurrentUser user,
            @RequestParam Integer periodYear, @RequestParam DashboardColumn column,
            @RequestParam(required = false) Dimension by, @RequestParam(required = false) String value,
            java.util.Locale locale) {
        int year = period(periodYear);
        String chosen = value == null || value.isBlank() ? null : value;
        var lines = dashboard.entities(user, year, column, chosen == null ? null : by, chosen, 0, EXPORT_MAX);
        byte[] xlsx = workbook.entities(lines.getContent(), year, column, chosen == null ? null : by, chosen, locale);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("entidades-" + year + "-" + column.name().toLowerCase(java.util.Locale.ROOT)
                                + ".xlsx").build().toString())
                .body(xlsx);
    }

    /** The year asked for, or this year; a year outside the guide's periods is a page that does not exist. */
    private int period(Integer periodYear) {
        int year = periodYear == null ? LocalDate.now(clock.withZone(Display.ZONE)).getYear() : periodYear;
        if (!periods().contains(year)) {
            throw new NotFoundException("dashboard period", (long) year);
        }
        return year;
    }

    private List<Integer> periods() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock.withZone(Display.ZONE)).getYear() + 1; y >= FIRST_PERIOD; y--) {
            years.add(y);
        }
        return years;
    }
}
