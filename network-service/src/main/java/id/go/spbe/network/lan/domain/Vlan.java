package id.go.spbe.network.lan.domain;

/** A VLAN of an OPD's LAN, by its 802.1Q id (1–4094), unique within the LAN. */
public record Vlan(int vid, String name, String description) {
}
