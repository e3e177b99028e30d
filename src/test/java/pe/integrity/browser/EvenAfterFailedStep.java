package pe.integrity.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A check that still runs after a failed step (it reports on the steps that did run). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface EvenAfterFailedStep {}
