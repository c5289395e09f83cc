package id.go.spbe.audit.plan.domain;

/**
 * What an auditable object is: an application from the register (AU5, AU6) or a piece of infrastructure (AU4, AU6).
 * Infrastructure objects arrive once the data-center and network inventories publish them.
 */
public enum ObjectType {
    APPLICATION, INFRASTRUCTURE
}
