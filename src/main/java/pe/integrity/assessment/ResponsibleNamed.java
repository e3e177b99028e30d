package pe.integrity.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A measure names who answers for it, a user or a person's name ({@link MeasureForm#namesResponsible()}), checked
 * with the form's other fields so an empty form lists every missing field at once; the error sits on
 * {@code responsiblePerson}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResponsibleNamed.Check.class)
public @interface ResponsibleNamed {

    String message() default "measure.person.required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ResponsibleNamed, MeasureForm> {

        @Override
        public boolean isValid(MeasureForm form, ConstraintValidatorContext context) {
            if (form == null || form.namesResponsible()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("responsiblePerson").addConstraintViolation();
            return false;
        }
    }
}
