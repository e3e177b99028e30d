package pe.integrity.assessment;

import java.time.Period;

/**
 * How often an assessment's follow-up asks for a progress report. The guide's default is every six months; SIP may
 * choose another for the entities of a campaign (and so per entity type, sector or department, the campaign's
 * filters). An assessment without one follows the platform's {@code app.workflow.follow-up-interval}.
 */
public enum FollowUpFrequency {
    QUARTERLY(3),
    FOUR_MONTHLY(4),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    FollowUpFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public Period period() {
        return Period.ofMonths(months);
    }

    /** The frequency of so many months, or null when none is (an assessment on the platform's default). */
    public static FollowUpFrequency ofMonths(Integer months) {
        if (months == null) {
            return null;
        }
        for (FollowUpFrequency f : values()) {
            if (f.months == months) {
                return f;
            }
        }
        throw new IllegalArgumentException("no follow-up frequency of " + months + " months");
    }
}
