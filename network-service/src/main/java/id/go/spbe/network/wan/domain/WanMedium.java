package id.go.spbe.network.wan.domain;

/** The physical or service medium of a WAN circuit (N2). */
public enum WanMedium {
    FIBER, RADIO, VSAT, LEASED_LINE, METRO_ETHERNET, MPLS_VPN, CELLULAR, OTHER
}
