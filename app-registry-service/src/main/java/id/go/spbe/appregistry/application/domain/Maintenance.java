package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Who keeps the application running, after publiccode.yml's {@code maintenance} block. A contract has a contractor
 * and an end date, so the register can warn before vendor-built applications lose their maintainer.
 */
public record Maintenance(Type type, @Nullable String maintainer, @Nullable String contractNumber,
        @Nullable LocalDate contractEndsOn) {

    public enum Type {
        INTERNAL,
        CONTRACT,
        COMMUNITY,
        NONE
    }

    public boolean contractExpiredOn(LocalDate day) {
        return type == Type.CONTRACT && contractEndsOn != null && contractEndsOn.isBefore(day);
    }
}
