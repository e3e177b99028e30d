/**
 * Review: SIP's decisions on submitted assessments and their observations.
 *
 * <p>Public API: {@link pe.integrity.review.SipReview} (the reviewer's queue and decision),
 * {@link pe.integrity.review.Observations} (reading observations, marking them resolved during correction),
 * {@link pe.integrity.review.Correction} (what a resubmission sends, and confirming it) and
 * {@link pe.integrity.review.Submissions} (what changed between two submissions, or since the last one). A snapshot of risks and measures
 * is stored in the transaction of every submission to SIP ({@code AssessmentSubmitted}), so the diff compares
 * what SIP actually received, not the live data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"assessment", "catalog", "organisation", "workflow", "shared"})
package pe.integrity.review;
