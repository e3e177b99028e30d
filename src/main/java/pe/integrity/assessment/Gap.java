package pe.integrity.assessment;

/**
 * Something that keeps a step from being complete, e.g. a mandatory risk without a measure.
 *
 * @param code message key (i18n/assessment.properties)
 * @param subject what it is about (a risk code, a process name), shown with the message
 */
public record Gap(String code, String subject) {}
