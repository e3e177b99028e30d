package pe.integrity.organisation;

/** Kinds of obliged entity, as SIP groups them. */
public enum EntityType {
    CENTRAL,
    MINISTRY,
    REGIONAL_GOVERNMENT,
    PROVINCIAL_MUNICIPALITY,
    DISTRICT_MUNICIPALITY
}
