/**
 * Review: SIP's decisions on submitted assessments and their observations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package pe.integrity.review;
