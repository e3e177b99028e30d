package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import pe.integrity.shared.MultiLine;

/**
 * The text check is applied to every form of the application, from one place: each form class (every
 * {@code *Form} under {@code pe.integrity}) bound the way the controller advice prepares its binder refuses a NUL in
 * every one of its text fields, nested rows included; newlines pass only in fields marked {@link MultiLine}; and the
 * advice is not limited to some controllers.
 */
class TextInputAdviceTest {

    @Test
    void everyTextFieldOfEveryFormRefusesAControlCharacterWhileBinding() throws Exception {
        List<Class<?>> forms = forms();
        assertThat(forms).extracting(Class::getSimpleName)
                .contains("RiskForm", "MeasureForm", "ReviewForm", "ObservationForm", "EntityForm", "UserForm",
                        "DecisionForm", "ProgressForm", "NationalForm", "SchemeRegistrationForm", "CommentForm");
        int fields = 0;
        for (Class<?> form : forms) {
            for (String path : textPaths(form, "", 0)) {
                WebDataBinder binder = bind(form, path, "antes\u0000después");
                FieldError error = binder.getBindingResult().getFieldError(path);
                assertThat(error).as("%s.%s with a NUL", form.getSimpleName(), path).isNotNull();
                assertThat(error.getCodes()).as("%s.%s", form.getSimpleName(), path).contains("text.control");
                assertThat(error.getRejectedValue()).isEqualTo("antesdespués");
                fields++;
            }
        }
        assertThat(fields).as("text fields checked").isGreaterThan(40);
    }

    @Test
    void newlinesAndTabsPassOnlyInMultiLineFields() throws Exception {
        for (Class<?> form : forms()) {
            for (String path : textPaths(form, "", 0)) {
                boolean multiLine = TextInputAdvice.multiLinePaths(form).contains(path.replaceAll("\\[\\d+]", ""));
                WebDataBinder binder = bind(form, path, "línea uno\r\n\tlínea dos");
                assertThat(binder.getBindingResult().hasFieldErrors(path))
                        .as("%s.%s (multi-line: %s)", form.getSimpleName(), path, multiLine).isEqualTo(!multiLine);
            }
        }
        assertThat(TextInputAdvice.multiLinePaths(forms().stream()
                        .filter(c -> c.getSimpleName().equals("ReviewForm")).findFirst().orElseThrow()))
                .containsExactly("observations.text");
    }

    @Test
    void printableTextBindsAsTyped() throws Exception {
        Class<?> risk = Class.forName("pe.integrity.assessment.RiskForm");
        WebDataBinder binder = bind(risk, "statement", "Posibilidad de que «el jefe» cobre S/ 1 000 × trámite, año 2026");
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        assertThat(BeanUtils.getPropertyDescriptor(risk, "statement").getReadMethod().invoke(binder.getTarget()))
                .isEqualTo("Posibilidad de que «el jefe» cobre S/ 1 000 × trámite, año 2026");
    }

    @Test
    void theAdviceAppliesToEveryController() {
        ControllerAdvice advice = TextInputAdvice.class.getAnnotation(ControllerAdvice.class);
        assertThat(advice.basePackages()).isEmpty();
        assertThat(advice.value()).isEmpty();
        assertThat(advice.basePackageClasses()).isEmpty();
        assertThat(advice.assignableTypes()).isEmpty();
        assertThat(advice.annotations()).isEmpty();
    }

    private static WebDataBinder bind(Class<?> form, String path, String value) throws Exception {
        // as Spring MVC does for a form: the binder knows the type when the advice prepares it, the object comes later
        WebDataBinder binder = new WebDataBinder(null, "form");
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(form));
        TextInputAdvice.prepare(binder);
        binder.construct(new org.springframework.validation.DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return null;
            }

            @Override
            public java.util.Set<String> getNames() {
                return java.util.Set.of();
            }
        });
        assertThat(binder.getTarget()).as("%s constructed", form.getSimpleName()).isInstanceOf(form);
        MutablePropertyValues values = new MutablePropertyValues();
        values.add(path, value);
        binder.bind(values);
        return binder;
    }

    static List<Class<?>> forms() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*Form")));
        List<Class<?>> forms = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("pe.integrity")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isInterface() && !type.isEnum() && !type.isRecord() && hasNoArgConstructor(type)) {
                forms.add(type);
            }
        }
        return forms;
    }

    /** Writable text properties, and those of rows in a list of nested forms ({@code observations[0].text}). */
    private static List<String> textPaths(Class<?> type, String prefix, int depth) {
        List<String> paths = new ArrayList<>();
        for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(type)) {
            if (p.getWriteMethod() != null && p.getPropertyType() == String.class) {
                paths.add(prefix + p.getName());
            }
        }
        if (depth == 0) {
            for (Field f : type.getDeclaredFields()) {
                if (Collection.class.isAssignableFrom(f.getType()) && f.getGenericType() instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> element
                        && element.getPackageName().startsWith("pe.integrity") && hasNoArgConstructor(element)) {
                    paths.addAll(textPaths(element, prefix + f.getName() + "[0].", depth + 1));
                }
            }
        }
        return paths;
    }

    private static boolean hasNoArgConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
