package pe.integrity.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import pe.integrity.register.PrintableText;
import pe.integrity.shared.MultiLine;

/**
 * Every text any form of the application sends is checked while it is bound, before a controller or a use case
 * sees it: what {@link PrintableText} refuses (control characters, right-to-left scripts, characters the register
 * cannot print) becomes a field error with a message that says why, and the field keeps no value, so nothing is
 * saved. Applies to all controllers and to every binding, whether or not the form is validated; fields marked
 * {@link MultiLine} also accept tab, newline and carriage return. Request parameters bound to plain strings
 * are checked too: a refused one answers 400 ({@link RequestErrorAdvice}).
 */
@ControllerAdvice
class TextInputAdvice {

    private static final Map<Class<?>, List<String>> MULTI_LINE_PATHS = new ConcurrentHashMap<>();

    @InitBinder
    void checkText(WebDataBinder binder) {
        prepare(binder);
    }

    /**
     * Prepares a binder: the limit on indexed rows first (a binder takes no limit once an editor is registered),
     * then the text check. Tests bind every form class through it the same way.
     */
    static void prepare(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(RequestErrorAdvice.MAX_FORM_ROWS);
        binder.registerCustomEditor(String.class, new CheckedText(false));
        // a form object is created after the binder is initialised: its type is known, the target not yet
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type != null) {
            for (String path : multiLinePaths(type)) {
                binder.registerCustomEditor(String.class, path, new CheckedText(true));
            }
        }
        binder.setBindingErrorProcessor(new RefusedTextErrors());
    }

    /** Property paths of {@link MultiLine} fields, also inside lists of nested forms ({@code observations.text}). */
    static List<String> multiLinePaths(Class<?> type) {
        return MULTI_LINE_PATHS.computeIfAbsent(type, t -> collect(t, "", 0));
    }

    private static List<String> collect(Class<?> type, String prefix, int depth) {
        List<String> paths = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == String.class && f.isAnnotationPresent(MultiLine.class)) {
                    paths.add(prefix + f.getName());
                } else if (depth < 2 && Collection.class.isAssignableFrom(f.getType())
                        && f.getGenericType() instanceof ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> element
                        && element.getPackageName().startsWith("pe.integrity")) {
                    paths.addAll(collect(element, prefix + f.getName() + ".", depth + 1));
                }
            }
        }
        return List.copyOf(paths);
    }

    /** A text refused by {@link PrintableText}, carried out of the property editor. */
    static final class RefusedText extends IllegalArgumentException {
        final transient PrintableText.Refusal refusal;
        final String value;

        RefusedText(PrintableText.Refusal refusal, String value) {
            super("text refused: " + refusal.problem() + " " + refusal.code());
            this.refusal = refusal;
            this.value = value;
        }
    }

    private static final class CheckedText extends PropertyEditorSupport {
        private final boolean multiLine;

        CheckedText(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public void setAsText(String text) {
            PrintableText.check(text, multiLine).ifPresent(r -> {
                throw new RefusedText(r, text);
            });
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** A refused text becomes a field error of its own kind; any other binding failure is handled as before. */
    private static final class RefusedTextErrors extends DefaultBindingErrorProcessor {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            RefusedText refused = refusedText(ex);
            if (refused == null) {
                super.processPropertyAccessException(ex, result);
                return;
            }
            String field = ex.getPropertyName();
            String key = refused.refusal.problem().messageKey();
            String[] codes = result.resolveMessageCodes(key, field);
            // the value goes back into its field without the control characters, which HTML would carry raw
            result.addError(new FieldError(result.getObjectName(), field,
                    PrintableText.withoutControls(refused.value), true, codes, refused.refusal.arguments(), key));
        }

        private static RefusedText refusedText(Throwable ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof RefusedText r) {
                    return r;
                }
            }
            return null;
        }
    }
}
