package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

/** A person to reach about the application: business owner, technical contact, vendor. */
public record Contact(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {
}
