package pe.integrity.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form's text field that is typed in a multi-line box (a {@code <textarea>}): there, and only there,
 * tab, newline and carriage return are accepted. Every other control character is refused in every field
 * (see {@code pe.integrity.web.TextInputAdvice}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MultiLine {}
