package pe.integrity.catalog;

import java.time.LocalDate;

/**
 * What an administrator records to make a deployed scheme version known (see {@link ScoringSchemes#register}).
 *
 * @param code the version code stored with evaluations, e.g. {@code SIP-5X5-V1}
 * @param decisionPrefix the prefix of the version's decisions in its DMN file, e.g. {@code sip5x5v1}
 */
public record SchemeRegistration(String code, String name, String decisionPrefix, boolean provisional, LocalDate validFrom) {}
