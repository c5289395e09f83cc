package id.go.spbe.appregistry.application.domain;

/** A person to reach about the application: business owner, technical contact, vendor. */
public record Contact(String name, String role, String email, String phone) {
}
