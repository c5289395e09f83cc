package id.go.spbe.audit.plan.domain;

/**
 * A record of another service's inventory that makes up an infrastructure object of the audit universe. An
 * <em>anchor</em> keeps its object in the universe while it is in use; a VPS is only in its data center's scope (the
 * data center's audit covers the servers it hosts, RL p19(8): the data center guarantees server security and uptime;
 * the application on it is audited under AU5/AU6 on its own).
 */
public enum ComponentType {
    DATA_CENTER("data-center", ObjectKind.DATA_CENTER, true),
    VPS("vps", ObjectKind.DATA_CENTER, false),
    WAN_LINK("wan-link", ObjectKind.WAN, true),
    SITE("site", ObjectKind.LAN, true),
    LAN_INVENTORY("lan-inventory", ObjectKind.LAN, true);

    private final String prefix;
    private final ObjectKind objectKind;
    private final boolean anchor;

    ComponentType(String prefix, ObjectKind objectKind, boolean anchor) {
        this.prefix = prefix;
        this.objectKind = objectKind;
        this.anchor = anchor;
    }

    public String prefix() {
        return prefix;
    }

    public ObjectKind objectKind() {
        return objectKind;
    }

    public boolean anchor() {
        return anchor;
    }
}
