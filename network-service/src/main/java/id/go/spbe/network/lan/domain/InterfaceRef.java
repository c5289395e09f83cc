package id.go.spbe.network.lan.domain;

/** One interface of one device of a LAN: the end of a cable or the holder of an address. */
public record InterfaceRef(String deviceId, String interfaceName) {

    public boolean sameAs(InterfaceRef other) {
        return deviceId.equals(other.deviceId) && interfaceName.equals(other.interfaceName);
    }

    @Override
    public String toString() {
        return deviceId + ":" + interfaceName;
    }
}
