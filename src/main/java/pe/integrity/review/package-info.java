/**
 * Review: SIP's decisions on submitted assessments and their observations.
 *
 * <p>Public API: {@link pe.integrity.review.SipReview} (the reviewer's decision and its observations),
 * {@link pe.integrity.review.ReviewPages} (what the review page shows of a submission),
 * {@link pe.integrity.review.Observations} (reading observations, marking them resolved during correction),
 * {@link pe.integrity.review.Correction} (what a resubmission sends, and whether it may go) and
 * {@link pe.integrity.review.Submissions} (what changed between two submissions, or since the last one). A snapshot of risks and measures
 * is stored in the transaction of every submission to SIP ({@code AssessmentSubmitted}), so the diff compares
 * what SIP actually received, not the live data.
 *
 * <p>The module knows nothing of the engine: its use cases take an assessment, and the workflow module, which
 * drives the steps, calls them and completes the review and correction tasks in the same transaction. The
 * review and correction pages live in the workspace, next to the other steps' pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"assessment", "catalog", "organisation", "shared"})
package pe.integrity.review;
