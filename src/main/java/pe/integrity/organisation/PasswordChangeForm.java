package pe.integrity.organisation;

/** What a person types to change their own password. Passwords are never stripped: spaces are characters. */
public class PasswordChangeForm {

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    /** Never echo what was typed back into the page. */
    void forget() {
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }
}
