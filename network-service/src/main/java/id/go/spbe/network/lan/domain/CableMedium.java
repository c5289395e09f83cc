package id.go.spbe.network.lan.domain;

/** What a cable between two interfaces of one LAN is made of. */
public enum CableMedium {
    COPPER, FIBER, WIRELESS, VIRTUAL
}
