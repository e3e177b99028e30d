package pe.integrity.register.national;

import java.util.Map;

/**
 * One optional filter of the national register's form as a select: the form field, the message key of its label,
 * and the values it offers with their labels in the user's language. The same list draws the selects and checks
 * a posted value.
 */
public record FilterChoice(String field, String labelKey, Map<String, String> options) {}
