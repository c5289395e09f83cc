package id.go.spbe.platform.client;

import java.net.URI;

/** The other service does not have (or does not show this caller) the record asked for: its 404. */
public class RemoteNotFoundException extends RemoteProblemException {

    public RemoteNotFoundException(String service, URI type, String title, String detail) {
        super(service, 404, type, title, detail);
    }
}
