package pe.integrity.organisation;

/** A new API token's name ("Sistema de trámite documentario", say), so its owner knows which to revoke. */
public class ApiTokenForm {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
