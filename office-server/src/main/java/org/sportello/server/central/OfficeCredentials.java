package org.sportello.server.central;

/** What an office needs to log in to central; the password is shown once and stored nowhere here. */
public record OfficeCredentials(String officeCode, String role, String password) {
    @Override
    public String toString() {
        return "OfficeCredentials[" + officeCode + ", " + role + ", password hidden]";
    }
}
